package org.unionaid.web.security;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * R-AUTH-03 — the enrolment QR code, drawn here (ZXing) as a PNG in a {@code data:} URI: the secret it carries
 * never leaves the server for a chart service, and the content security policy already allows such images.
 */
final class QrCodes {

    /** Modules of the code are drawn this many pixels wide: large enough for a phone camera at arm's length. */
    private static final int SCALE = 6;
    private static final int WHITE = 0xffffff;

    private QrCodes() {
    }

    static String pngDataUri(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code", e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth() * SCALE, matrix.getHeight() * SCALE,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, matrix.get(x / SCALE, y / SCALE) ? 0 : WHITE);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}

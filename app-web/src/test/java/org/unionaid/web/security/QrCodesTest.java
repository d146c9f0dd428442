package org.unionaid.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.unionaid.domain.login.Totp;

/** Specifies R-AUTH-03's QR code: drawn on the server, it reads back as the otpauth URI, whatever the secret. */
class QrCodesTest {

    // R-AUTH-03
    @Test
    void everyEnrolmentQrCodeReadsBackAsItsUri() throws Exception {
        for (int i = 0; i < 50; i++) {
            String uri = Totp.uri("UnionAid", "user." + i + ".财务", Totp.newSecret());
            String png = QrCodes.pngDataUri(uri);
            assertThat(png).startsWith("data:image/png;base64,");
            assertThat(read(png.substring(png.indexOf(',') + 1))).isEqualTo(uri);
        }
    }

    static String read(String base64Png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64Png)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}

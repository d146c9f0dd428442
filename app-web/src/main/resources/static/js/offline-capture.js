// Photos and the signature on the offline visit page (issue 22). A photo is drawn onto a canvas no larger than
// 1280 pixels on its longer side and kept as a JPEG data URL; the signature is drawn with a finger (or a mouse)
// on a canvas and kept as a PNG data URL. Nothing leaves the phone here.
(function () {
  'use strict';
  const LONGEST = 1280;

  async function bitmap(file) {
    if (window.createImageBitmap) {
      try {
        return await createImageBitmap(file, { imageOrientation: 'from-image' });
      } catch (ignored) {
        // an older engine without options: read it as an image below
      }
    }
    const url = await new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    return new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = () => reject(new Error('not an image'));
      image.src = url;
    });
  }

  /** A photo as a JPEG data URL at most 1280 pixels on its longer side. */
  async function resize(file) {
    const image = await bitmap(file);
    const scale = Math.min(1, LONGEST / Math.max(image.width, image.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.width * scale));
    canvas.height = Math.max(1, Math.round(image.height * scale));
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/jpeg', 0.85);
  }

  /** A signature pad on {@code canvas}: draws with pointer events, tells whether anything was drawn. */
  function signaturePad(canvas) {
    const context = canvas.getContext('2d');
    let drawn = false;
    let last = null;

    function fit() {
      const ratio = window.devicePixelRatio || 1;
      const box = canvas.getBoundingClientRect();
      if (box.width === 0) {
        return;
      }
      canvas.width = Math.round(box.width * ratio);
      canvas.height = Math.round(box.height * ratio);
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.lineWidth = 2.5;
      context.lineCap = 'round';
      context.lineJoin = 'round';
      context.strokeStyle = '#111';
      drawn = false;
    }

    function point(event) {
      const box = canvas.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    }

    canvas.addEventListener('pointerdown', (event) => {
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      last = point(event);
    });
    canvas.addEventListener('pointermove', (event) => {
      if (!last) {
        return;
      }
      const next = point(event);
      context.beginPath();
      context.moveTo(last.x, last.y);
      context.lineTo(next.x, next.y);
      context.stroke();
      last = next;
      drawn = true;
    });
    const stop = () => { last = null; };
    canvas.addEventListener('pointerup', stop);
    canvas.addEventListener('pointercancel', stop);

    return {
      fit: fit,
      clear: fit,
      isEmpty: () => !drawn,
      /** The signature as a PNG data URL on a white ground, or null when nothing was drawn. */
      png() {
        if (!drawn) {
          return null;
        }
        const copy = document.createElement('canvas');
        copy.width = canvas.width;
        copy.height = canvas.height;
        const c = copy.getContext('2d');
        c.fillStyle = '#fff';
        c.fillRect(0, 0, copy.width, copy.height);
        c.drawImage(canvas, 0, 0);
        return copy.toDataURL('image/png');
      }
    };
  }

  /** A data URL as a Blob, to send as a part of a form. */
  function blob(dataUrl) {
    const [head, body] = dataUrl.split(',');
    const type = head.substring(5, head.indexOf(';'));
    const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
    return new Blob([bytes], { type: type });
  }

  window.OfflineCapture = { resize: resize, signaturePad: signaturePad, blob: blob };
}());

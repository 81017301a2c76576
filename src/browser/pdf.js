// Opens a PDF with pdf.js, loaded from this site only when a PDF is opened (see js/pdf-read.mjs,
// copied with pdf.js into pdfjs/ by the build). Kept tiny: this file is part of the first load.
export async function readPdf(bytes) {
  // A copy: pdf.js hands its data to a worker, which must never take the wasm's memory.
  const data = bytes.slice();
  let reader;
  try {
    reader = await import(new URL("pdfjs/pdf-read.mjs", document.baseURI).href);
  } catch (_) {
    throw "unavailable";
  }
  return reader.readPdf(data);
}

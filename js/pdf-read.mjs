// Reads a PDF's text with pdf.js, for Spec Lens's PDF reader (src/browser/pdf.rs structures it).
// Copied into dist/pdfjs/ beside pdf.js by Trunk and loaded only when a PDF is opened: never on the
// first load, never precached. scripts/pdf_items.mjs runs `extract` in Node to make test fixtures.
//
// Returns, as a JSON string, {"pages":[{number,width,height,items:[{str,x,y,width,height,font_size,
// font_name,has_eol,mcid}],struct_tree}]}; throws "encrypted", "unavailable" or "damaged:<detail>".

// pdf.js 6 calls Promise.withResolvers (Chrome 119, Firefox 121, Safari 17.4, Node 22).
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function () {
    let resolve, reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

let library = null;

function load() {
  if (!library) {
    library = import(new URL("./pdf.min.mjs", import.meta.url).href).then((pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerSrc = new URL("./pdf.worker.min.mjs", import.meta.url).href;
      return pdfjs;
    });
    // A failed load (offline before first use) is tried again next time.
    library.catch(() => {
      library = null;
    });
  }
  return library;
}

export async function readPdf(bytes) {
  let pdfjs;
  try {
    pdfjs = await load();
  } catch (_) {
    throw "unavailable";
  }
  return extract(pdfjs, bytes);
}

/** The pages of the PDF in `bytes` (a Uint8Array), read by the pdf.js module `pdfjs`. */
export async function extract(pdfjs, bytes) {
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    throw failure(e);
  }
  try {
    const pages = [];
    for (let number = 1; number <= doc.numPages; number++) {
      let page, content;
      try {
        page = await doc.getPage(number);
        content = await page.getTextContent({ includeMarkedContent: true });
      } catch (_) {
        // A damaged page is read as a page without text (named in a warning); the others are kept.
        pages.push({ number, width: 0, height: 0, items: [], struct_tree: null });
        continue;
      }
      const [x0, y0, x1, y1] = page.view;
      const items = [];
      const marked = [];
      for (const item of content.items) {
        if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
          marked.push(item.id || null);
          continue;
        }
        if (item.type === "endMarkedContent") {
          marked.pop();
          continue;
        }
        if (typeof item.str !== "string") continue;
        const t = item.transform;
        let mcid = null;
        for (let i = marked.length - 1; i >= 0 && mcid === null; i--) mcid = marked[i];
        items.push({
          str: item.str,
          x: t[4] - x0,
          y: t[5] - y0,
          width: item.width,
          height: item.height,
          font_size: Math.hypot(t[2], t[3]) || Math.hypot(t[0], t[1]),
          // "g_d3_f1": the document counter is left out, so one file always reads the same.
          font_name: String(item.fontName || "").replace(/^g_d\d+_/, ""),
          has_eol: !!item.hasEOL,
          mcid,
        });
      }
      let tree = null;
      try {
        tree = await page.getStructTree();
      } catch (_) {
        tree = null;
      }
      pages.push({ number, width: x1 - x0, height: y1 - y0, items, struct_tree: prune(tree, 0) });
      page.cleanup();
    }
    return JSON.stringify({ pages });
  } catch (e) {
    throw failure(e);
  } finally {
    await task.destroy().catch(() => {});
  }
}

// serde_json reads at most 128 levels of nesting: a structure tree deeper than 40 elements (none real
// is) loses its deepest parts rather than the whole document.
function prune(node, depth) {
  if (!node || typeof node !== "object") return null;
  if (Array.isArray(node.children)) {
    node.children = depth >= 40 ? [] : node.children.map((child) => prune(child, depth + 1)).filter(Boolean);
  }
  return node;
}

function failure(e) {
  const name = e && e.name;
  if (name === "PasswordException") return "encrypted";
  const message = String((e && e.message) || e || "unknown error");
  if (name !== "InvalidPDFException" && /worker/i.test(message)) return "unavailable";
  return "damaged:" + message.slice(0, 200);
}

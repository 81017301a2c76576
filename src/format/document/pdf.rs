//! PDF text, as pdf.js gives it, structured into paragraphs.

//! Small helpers over roxmltree for WordprocessingML, which comes in two namespaces: the usual
//! (transitional) one and the ISO strict one.

use roxmltree::{Document, Node, ParsingOptions};

use super::super::{Damage, ReadError};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";

/// Parses a part; a DTD is refused (roxmltree's default), so no entity can expand.
pub fn parse<'a>(name: &str, text: &'a str) -> Result<Document<'a>, ReadError> {
    Document::parse_with_options(text, ParsingOptions { allow_dtd: false, ..ParsingOptions::default() })
        .map_err(|e| ReadError::Damaged(Damage::NotXml { part: name.into(), detail: e.to_string() }))
}

fn is_w_ns(ns: Option<&str>) -> bool {
    matches!(ns, Some(W) | Some(W_STRICT))
}

/// Whether the node is the WordprocessingML element of this local name.
pub fn is_w(node: &Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && is_w_ns(node.tag_name().namespace())
}

/// A w: attribute's value.
pub fn attr<'a>(node: &Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attributes().find(|a| a.name() == name && is_w_ns(a.namespace())).map(|a| a.value())
}

/// The `w:val` attribute.
pub fn val<'a>(node: &Node<'a, '_>) -> Option<&'a str> {
    attr(node, "val")
}

/// The first w: child of this name.
pub fn child<'a, 'i>(node: &Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| is_w(n, name))
}

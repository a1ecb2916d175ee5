import CCMark
import Foundation

/// A CommonMark node as libcmark parsed it, copied into Swift values.
public struct MarkdownNode: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case document, blockQuote, list(ordered: Bool, start: Int, tight: Bool), item
    case codeBlock(info: String), htmlBlock, paragraph, heading(level: Int), thematicBreak
    case text, softBreak, lineBreak, code, htmlInline, emphasis, strong
    case link(url: String, title: String), image(url: String, title: String)
    case other
  }

  public var kind: Kind
  /// Text of text, code, code blocks and HTML.
  public var literal: String
  public var children: [MarkdownNode]
  /// 1-based line and column in the parsed text (blocks only; 0 where libcmark has none).
  public var line: Int
  public var column: Int
  public var endLine: Int
  /// True where the copy stopped at `MarkdownParser.maxDepth` and dropped this node's children.
  public var childrenCut = false

  public var isBlock: Bool {
    switch kind {
    case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak:
      true
    default: false
    }
  }
}

/// Stage 2: libcmark parses the normalized CommonMark.
public enum MarkdownParser {
  /// Nesting limit of the copy into Swift values: deeper structure is cut (and reported by the
  /// reader), never a stack overflow. libcmark itself parses iteratively.
  public static let maxDepth = 200

  public static func parse(_ text: String) -> MarkdownNode {
    let utf8 = Array(text.utf8)
    let root: OpaquePointer? = utf8.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
      }
    }
    guard let root else {
      return MarkdownNode(kind: .document, literal: "", children: [], line: 1, column: 1, endLine: 1)
    }
    defer { cmark_node_free(root) }
    return convert(root, depth: 0)
  }

  private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }

  private static func convert(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
    let kind: MarkdownNode.Kind
    switch cmark_node_get_type(node) {
    case CMARK_NODE_DOCUMENT: kind = .document
    case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
    case CMARK_NODE_LIST:
      kind = .list(
        ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
        start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0)
    case CMARK_NODE_ITEM: kind = .item
    case CMARK_NODE_CODE_BLOCK: kind = .codeBlock(info: string(cmark_node_get_fence_info(node)))
    case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock
    case CMARK_NODE_PARAGRAPH: kind = .paragraph
    case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
    case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
    case CMARK_NODE_TEXT: kind = .text
    case CMARK_NODE_SOFTBREAK: kind = .softBreak
    case CMARK_NODE_LINEBREAK: kind = .lineBreak
    case CMARK_NODE_CODE: kind = .code
    case CMARK_NODE_HTML_INLINE: kind = .htmlInline
    case CMARK_NODE_EMPH: kind = .emphasis
    case CMARK_NODE_STRONG: kind = .strong
    case CMARK_NODE_LINK:
      kind = .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
    case CMARK_NODE_IMAGE:
      kind = .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
    default: kind = .other
    }
    var children: [MarkdownNode] = []
    let cut = depth >= maxDepth && cmark_node_first_child(node) != nil
    if !cut {
      var child = cmark_node_first_child(node)
      while let current = child {
        children.append(convert(current, depth: depth + 1))
        child = cmark_node_next(current)
      }
    }
    var result = MarkdownNode(
      kind: kind, literal: string(cmark_node_get_literal(node)), children: children,
      line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)),
      endLine: Int(cmark_node_get_end_line(node)))
    result.childrenCut = cut
    return result
  }
}

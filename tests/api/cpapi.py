"""Reading the public headers and the version script, shared by the API tests.

The parser is deliberately small: it strips comments, string literals and
preprocessor lines, then reads every `CP_API ... name(` (a function) or
`CP_API ... name;` (an object). It is not a C parser; a declaration it cannot
read raises ParseError so that the test fails instead of silently missing a
symbol.
"""

import re

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
KEYWORDS = {
    "const", "volatile", "restrict", "extern", "static", "inline", "struct", "enum", "union",
    "unsigned", "signed", "char", "short", "int", "long", "float", "double", "void", "size_t",
    "CP_API",
}


class ParseError(Exception):
    pass


def strip_comments_and_strings(text, keep_strings=False):
    """Replaces comments with a space and string/char literals with "" / ''.

    With keep_strings the literals stay as they are (for #include "x.h").
    Newlines are kept so that line numbers stay right for messages.
    """
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise ParseError("unterminated comment")
            out.append(" " + "\n" * text.count("\n", i, end))
            i = end + 2
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            out.append(" ")
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1] if keep_strings else c + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def strip_preprocessor(text):
    """Blanks out preprocessor lines (with their backslash continuations)."""
    lines = text.split("\n")
    out = []
    in_directive = False
    for line in lines:
        if in_directive or line.lstrip().startswith("#"):
            in_directive = line.rstrip().endswith("\\")
            out.append("")
        else:
            out.append(line)
    return "\n".join(out)


def api_declarations(path):
    """Returns [(name, line)] for every CP_API declaration in the header at path."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    code = strip_preprocessor(strip_comments_and_strings(raw))
    decls = []
    for m in re.finditer(r"\bCP_API\b", code):
        line = code.count("\n", 0, m.start()) + 1
        rest = code[m.end():]
        stop = re.search(r"[(;{]", rest)
        if stop is None or stop.group() == "{":
            raise ParseError("%s:%d: cannot read the CP_API declaration" % (path, line))
        head = rest[:stop.start()]
        if stop.group() == ";":
            head = re.sub(r"\[[^\]]*\]", " ", head)  # an exported array
        idents = IDENT.findall(head)
        if not idents or idents[-1] in KEYWORDS or len(idents) < 2:
            raise ParseError("%s:%d: cannot find the declared name after CP_API in %r"
                             % (path, line, " ".join(head.split())))
        decls.append((idents[-1], line, stop.group() == "("))
    return decls


SINCE = re.compile(r"@since\s+([0-9]+\.[0-9]+)")


def since_of(path, line):
    """The @since version ("0.1") of the documentation comment that ends just
    before line (1-based) of the header at path, or None when there is none."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    before = "\n".join(lines[:line - 1]).rstrip()
    if not before.endswith("*/"):
        return None
    start = before.rfind("/*")
    found = SINCE.findall(before[start:]) if start >= 0 else []
    return found[-1] if found else None


def top_level_statements(code):
    """Splits stripped header code into [(text, line)] of file-scope statements.

    Brace bodies (struct and enum members, inline function bodies) are left
    out of the text; the braces of `extern "C" {` do not count as a scope.
    """
    stmts = []
    buf = []
    start_line = 1
    line = 1
    stack = []  # True for an extern "C" brace, False for any other
    i, n = 0, len(code)
    while i < n:
        c = code[i]
        if c == "\n":
            line += 1
        depth = stack.count(False)
        if c == "{":
            is_extern = depth == 0 and re.search(r'\bextern\s*""\s*$', "".join(buf)) is not None
            if is_extern:
                buf = []
            stack.append(is_extern)
        elif c == "}":
            closed = stack.pop() if stack else True
            if not closed and stack.count(False) == 0:
                text = "".join(buf)
                # A function body ends its statement; a struct body does not.
                if "(" in text and not text.lstrip().startswith("typedef"):
                    stmts.append((" ".join(text.split()), start_line))
                    buf = []
        elif depth == 0:
            if c == ";":
                stmts.append((" ".join("".join(buf).split()), start_line))
                buf = []
            else:
                if not buf or not "".join(buf).strip():
                    start_line = line
                buf.append(c)
        i += 1
    return [(t, ln) for t, ln in stmts if t]


def undecorated_functions(path):
    """Returns [(statement, line)] of file-scope function declarations without CP_API."""
    with open(path, encoding="utf-8") as f:
        code = strip_preprocessor(strip_comments_and_strings(f.read()))
    found = []
    for text, line in top_level_statements(code):
        if "(" not in text or re.match(r"(typedef|static)\b", text) or "CP_API" in text:
            continue
        found.append((text, line))
    return found


def version_nodes(map_path):
    """Names of the version nodes defined in a GNU ld version script."""
    with open(map_path, encoding="utf-8") as f:
        text = strip_comments_and_strings(f.read())
    text = re.sub(r"#[^\n]*", " ", text)  # ld scripts also allow # comments
    return re.findall(r"([A-Za-z_][A-Za-z0-9_.]*)\s*\{", text)

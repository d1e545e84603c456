"""XLSForm expressions for skip logic and constraints: a small parser and evaluator.

The subset of XPath 1.0 that XLSForm authors write: ``${q} = 'yes'``, ``and`` / ``or`` /
``not(...)``, comparisons, arithmetic (``+ - * div mod``), ``selected(${q}, 'x')`` and
``.`` for the answer being checked. Text is parsed once into a tree (never ``eval``);
evaluation looks names up through a callable, so the same tree serves the form, the
scoring and HQ.

Values follow XPath: an empty answer is ``''``; ``=`` compares numbers when either side
is a number and text otherwise; ``<`` and friends compare numbers, or text when neither
side reads as a number (``'09:30' < '10:00'`` for times of day); a comparison with an
empty number is false.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Value = str | float | int | bool | list[str] | None
Lookup = Callable[[str], Value]


class ExpressionError(ValueError):
    """An expression that cannot be parsed; ``code`` says why, ``position`` where (0-based)."""

    def __init__(self, code: str, position: int, **params: Any) -> None:
        self.code = code
        self.position = position
        self.params = params
        super().__init__(f"{code} at {position}" + (f" {params}" if params else ""))


# -- the tree -------------------------------------------------------------------------


@dataclass(frozen=True)
class Literal:
    value: str | float


@dataclass(frozen=True)
class Ref:
    name: str


@dataclass(frozen=True)
class Current:
    pass


@dataclass(frozen=True)
class Unary:
    op: str
    operand: Node


@dataclass(frozen=True)
class Binary:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Node, ...]


Node = Literal | Ref | Current | Unary | Binary | Call

# name -> (least, most) number of arguments
FUNCTIONS: dict[str, tuple[int, int]] = {
    "not": (1, 1),
    "selected": (2, 2),
    "count-selected": (1, 1),
    "string-length": (1, 1),
    "number": (1, 1),
    "string": (1, 1),
    "true": (0, 0),
    "false": (0, 0),
    "if": (3, 3),
    "coalesce": (2, 2),
    "regex": (2, 2),
    "contains": (2, 2),
    "int": (1, 1),
}


@dataclass(frozen=True)
class Expression:
    """A parsed expression: its text, tree, the names it reads and whether it uses ``.``."""

    text: str
    tree: Node
    refs: tuple[str, ...] = field(default=())
    uses_current: bool = False


# -- tokens ---------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<ref>\$\{(?P<refname>[^}]*)\})
  | (?P<number>\d+(?:\.\d+)?|\.\d+)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<op><=|>=|!=|=|<|>|\+|-|\*|\(|\)|,)
  | (?P<dot>\.(?![\w.]))
  | (?P<word>[A-Za-z_][\w-]*)
    """,
    re.VERBOSE,
)
_NAME = re.compile(r"^[A-Za-z_][\w.-]*$")
_KEYWORDS = {"and", "or", "div", "mod"}


@dataclass(frozen=True)
class _Token:
    kind: str  # ref, number, string, op, dot, word, end
    text: str
    pos: int


def _tokens(text: str) -> list[_Token]:
    found: list[_Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise ExpressionError("unexpected_character", pos, character=text[pos])
        kind = match.lastgroup or ""  # the outer group: "ref", never "refname"
        if kind == "ref":
            name = match.group("refname").strip()
            if not _NAME.match(name):
                raise ExpressionError("bad_reference", pos, name=name)
            found.append(_Token("ref", name, pos))
        elif kind != "space":
            found.append(_Token(kind, match.group(0), pos))
        pos = match.end()
    found.append(_Token("end", "", len(text)))
    return found


# -- parsing (recursive descent, XPath precedence) ------------------------------------


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokens(text)
        self.index = 0
        self.refs: list[str] = []
        self.uses_current = False

    def peek(self) -> _Token:
        return self.tokens[self.index]

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def accept(self, kind: str, text: str | None = None) -> bool:
        token = self.peek()
        if token.kind == kind and (text is None or token.text == text):
            self.index += 1
            return True
        return False

    def expect(self, kind: str, text: str) -> None:
        if not self.accept(kind, text):
            token = self.peek()
            if token.kind == "end":
                raise ExpressionError("unexpected_end", token.pos, expected=text)
            raise ExpressionError("expected", token.pos, expected=text, found=token.text)

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise ExpressionError("empty", 0)
        node = self.or_expr()
        token = self.peek()
        if token.kind != "end":
            raise ExpressionError("unexpected_token", token.pos, found=token.text)
        return node

    def _binary(self, sub: Callable[[], Node], ops: Sequence[tuple[str, str]]) -> Node:
        node = sub()
        while True:
            for kind, text in ops:
                if self.accept(kind, text):
                    node = Binary(text, node, sub())
                    break
            else:
                return node

    def or_expr(self) -> Node:
        return self._binary(self.and_expr, [("word", "or")])

    def and_expr(self) -> Node:
        return self._binary(self.eq_expr, [("word", "and")])

    def eq_expr(self) -> Node:
        return self._binary(self.rel_expr, [("op", "="), ("op", "!=")])

    def rel_expr(self) -> Node:
        return self._binary(self.add_expr, [("op", "<="), ("op", ">="), ("op", "<"), ("op", ">")])

    def add_expr(self) -> Node:
        return self._binary(self.mul_expr, [("op", "+"), ("op", "-")])

    def mul_expr(self) -> Node:
        return self._binary(self.unary, [("op", "*"), ("word", "div"), ("word", "mod")])

    def unary(self) -> Node:
        if self.accept("op", "-"):
            return Unary("-", self.unary())
        return self.primary()

    def primary(self) -> Node:
        token = self.take()
        if token.kind == "number":
            return Literal(float(token.text))
        if token.kind == "string":
            return Literal(token.text[1:-1])
        if token.kind == "ref":
            self.refs.append(token.text)
            return Ref(token.text)
        if token.kind == "dot":
            self.uses_current = True
            return Current()
        if token.kind == "op" and token.text == "(":
            node = self.or_expr()
            self.expect("op", ")")
            return node
        if token.kind == "word" and token.text not in _KEYWORDS:
            return self.call(token)
        if token.kind == "end":
            raise ExpressionError("unexpected_end", token.pos, expected="value")
        raise ExpressionError("unexpected_token", token.pos, found=token.text)

    def call(self, token: _Token) -> Node:
        name = token.text
        if name not in FUNCTIONS:
            raise ExpressionError("unknown_function", token.pos, name=name)
        self.expect("op", "(")
        args: list[Node] = []
        if not self.accept("op", ")"):
            args.append(self.or_expr())
            while self.accept("op", ","):
                args.append(self.or_expr())
            self.expect("op", ")")
        least, most = FUNCTIONS[name]
        if not least <= len(args) <= most:
            raise ExpressionError("arguments", token.pos, name=name, expected=least, found=len(args))
        return Call(name, tuple(args))


def parse(text: str) -> Expression:
    """Parse an expression; raises :class:`ExpressionError` with the position of the fault."""
    parser = _Parser(text)
    tree = parser.parse()
    refs = tuple(dict.fromkeys(parser.refs))
    return Expression(text=text, tree=tree, refs=refs, uses_current=parser.uses_current)


# -- values ---------------------------------------------------------------------------


def to_number(value: Value) -> float:
    if value is None:
        return math.nan
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, list):
        return math.nan
    try:
        return float(value.strip())
    except ValueError:
        return math.nan


def to_text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return "NaN"
        if float(value).is_integer():
            return str(int(value))
        return repr(float(value))
    if isinstance(value, list):
        return " ".join(value)
    return value


def truthy(value: Value) -> bool:
    """XPath's boolean(): non-zero numbers, non-empty text and selections are true."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return not (value == 0 or math.isnan(value))
    return len(value) > 0


def _is_number(value: Value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _equal(left: Value, right: Value) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return truthy(left) == truthy(right)
    if _is_number(left) or _is_number(right):
        a, b = to_number(left), to_number(right)
        return not (math.isnan(a) or math.isnan(b)) and a == b
    return to_text(left) == to_text(right)


def _relate(op: str, left: Value, right: Value) -> bool:
    a, b = to_number(left), to_number(right)
    if math.isnan(a) and math.isnan(b) and not _is_number(left) and not _is_number(right):
        x, y = to_text(left), to_text(right)
        if x == "" or y == "":
            return False
        return {"<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y}[op]
    if math.isnan(a) or math.isnan(b):
        return False
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def _arith(op: str, left: Value, right: Value) -> float:
    a, b = to_number(left), to_number(right)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or math.isnan(b):
        if op == "mod" or a == 0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * (1 if b >= 0 else -1)
    if op == "div":
        return a / b
    return math.fmod(a, b)


def _selection(value: Value) -> list[str]:
    if isinstance(value, list):
        return value
    return to_text(value).split()


# -- evaluation -----------------------------------------------------------------------


def evaluate(expression: Expression | Node, lookup: Lookup, current: Value = None) -> Value:
    """The value of an expression; ``lookup(name)`` gives ``${name}``, ``current`` gives ``.``."""
    node = expression.tree if isinstance(expression, Expression) else expression
    return _eval(node, lookup, current)


def holds(expression: Expression, lookup: Lookup, current: Value = None) -> bool:
    """Whether an expression is true (relevance, constraints)."""
    return truthy(evaluate(expression, lookup, current))


def _eval(node: Node, lookup: Lookup, current: Value) -> Value:
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, Ref):
        value = lookup(node.name)
        return "" if value is None else value
    if isinstance(node, Current):
        return "" if current is None else current
    if isinstance(node, Unary):
        return -to_number(_eval(node.operand, lookup, current))
    if isinstance(node, Binary):
        return _binary(node, lookup, current)
    return _call(node, lookup, current)


def _binary(node: Binary, lookup: Lookup, current: Value) -> Value:
    op = node.op
    if op == "and":
        return truthy(_eval(node.left, lookup, current)) and truthy(_eval(node.right, lookup, current))
    if op == "or":
        return truthy(_eval(node.left, lookup, current)) or truthy(_eval(node.right, lookup, current))
    left = _eval(node.left, lookup, current)
    right = _eval(node.right, lookup, current)
    if op == "=":
        return _equal(left, right)
    if op == "!=":
        return not _equal(left, right)
    if op in ("<", "<=", ">", ">="):
        return _relate(op, left, right)
    return _arith(op, left, right)


def _call(node: Call, lookup: Lookup, current: Value) -> Value:
    name = node.name
    args = [_eval(arg, lookup, current) for arg in node.args]
    if name == "not":
        return not truthy(args[0])
    if name == "true":
        return True
    if name == "false":
        return False
    if name == "selected":
        return to_text(args[1]).strip() in _selection(args[0])
    if name == "count-selected":
        return float(len(_selection(args[0])))
    if name == "string-length":
        return float(len(to_text(args[0])))
    if name == "number":
        return to_number(args[0])
    if name == "string":
        return to_text(args[0])
    if name == "int":
        number = to_number(args[0])
        return number if math.isnan(number) or math.isinf(number) else float(math.trunc(number))
    if name == "if":
        return args[1] if truthy(args[0]) else args[2]
    if name == "coalesce":
        return args[0] if to_text(args[0]) != "" else args[1]
    if name == "contains":
        return to_text(args[1]) in to_text(args[0])
    try:  # regex(); a literal pattern was checked when the template was imported
        return re.search(to_text(args[1]), to_text(args[0])) is not None
    except re.error:
        return False


def check_patterns(expression: Expression) -> None:
    """Raise :class:`ExpressionError` if a ``regex()`` pattern literal does not compile."""

    def walk(node: Node) -> None:
        if isinstance(node, Call):
            if node.name == "regex" and isinstance(node.args[1], Literal):
                try:
                    re.compile(to_text(node.args[1].value))
                except re.error as exc:
                    raise ExpressionError("bad_pattern", 0, detail=str(exc)) from None
            for arg in node.args:
                walk(arg)
        elif isinstance(node, Binary):
            walk(node.left)
            walk(node.right)
        elif isinstance(node, Unary):
            walk(node.operand)

    walk(expression.tree)

/**
 * A small SOQL parser: the subset the providers and tests use.
 *   SELECT f1, f2 | COUNT() | COUNT(f) [alias] FROM Object
 *   [WHERE cond ((AND|OR) cond)*, with parentheses, =, !=, <>, <, >, <=, >=, LIKE, [NOT] IN (...)]
 *   [GROUP BY f, ...] [ORDER BY f [ASC|DESC]] [LIMIT n] [OFFSET n]
 */
export type Literal = string | number | boolean | null;

export type Condition =
  | { kind: "compare"; field: string; op: "=" | "!=" | "<" | ">" | "<=" | ">=" | "LIKE"; value: Literal }
  | { kind: "in"; field: string; negated: boolean; values: Literal[] }
  | { kind: "and" | "or"; left: Condition; right: Condition }
  | { kind: "not"; inner: Condition };

export type SelectItem = { kind: "field"; field: string } | { kind: "count"; field?: string; alias?: string };

export interface SoqlQuery {
  select: SelectItem[];
  from: string;
  where?: Condition;
  groupBy: string[];
  orderBy?: { field: string; descending: boolean };
  limit?: number;
  offset?: number;
}

/** A query the parser rejects; the REST layer answers 400 MALFORMED_QUERY with this message. */
export class SoqlError extends Error {}

type Token = { type: "word" | "string" | "number" | "symbol"; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:('(?:\\.|[^'\\])*')|(-?\d+(?:\.\d+)?)|([A-Za-z_$][\w.$]*)|(<=|>=|!=|<>|[=<>(),]))/y;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) throw new SoqlError(`unexpected token at position ${index}: ${text.slice(index, index + 10)}`);
    index = pattern.lastIndex;
    if (match[1]) tokens.push({ type: "string", text: match[1].slice(1, -1).replace(/\\(.)/g, "$1") });
    else if (match[2]) tokens.push({ type: "number", text: match[2] });
    else if (match[3]) tokens.push({ type: "word", text: match[3] });
    else tokens.push({ type: "symbol", text: match[4]! });
  }
  return tokens;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }
  private isKeyword(word: string): boolean {
    const token = this.peek();
    return token?.type === "word" && token.text.toUpperCase() === word;
  }
  private accept(text: string): boolean {
    const token = this.peek();
    if (token && (token.type === "word" || token.type === "symbol") && token.text.toUpperCase() === text) {
      this.index += 1;
      return true;
    }
    return false;
  }
  private expect(text: string): void {
    if (!this.accept(text)) throw new SoqlError(`expected ${text} but found ${this.peek()?.text ?? "end of query"}`);
  }
  private identifier(): string {
    const token = this.peek();
    if (token?.type !== "word") throw new SoqlError(`expected a field or object name but found ${token?.text ?? "end of query"}`);
    this.index += 1;
    return token.text;
  }
  private literal(): Literal {
    const token = this.peek();
    if (!token) throw new SoqlError("expected a value but found end of query");
    this.index += 1;
    if (token.type === "string") return token.text;
    if (token.type === "number") return Number(token.text);
    const word = token.text.toLowerCase();
    if (word === "true" || word === "false") return word === "true";
    if (word === "null") return null;
    throw new SoqlError(`expected a value but found ${token.text}`);
  }
  private integer(): number {
    const value = this.literal();
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new SoqlError("expected a non-negative integer");
    return value;
  }

  parse(): SoqlQuery {
    this.expect("SELECT");
    const select: SelectItem[] = [];
    do select.push(this.selectItem());
    while (this.accept(","));
    this.expect("FROM");
    const query: SoqlQuery = { select, from: this.identifier(), groupBy: [] };
    if (this.accept("WHERE")) query.where = this.orCondition();
    if (this.accept("GROUP")) {
      this.expect("BY");
      do query.groupBy.push(this.identifier());
      while (this.accept(","));
    }
    if (this.accept("ORDER")) {
      this.expect("BY");
      const field = this.identifier();
      const descending = this.accept("DESC");
      if (!descending) this.accept("ASC");
      query.orderBy = { field, descending };
    }
    if (this.accept("LIMIT")) query.limit = this.integer();
    if (this.accept("OFFSET")) query.offset = this.integer();
    if (this.peek()) throw new SoqlError(`unexpected token: ${this.peek()!.text}`);
    return query;
  }

  private selectItem(): SelectItem {
    if (this.isKeyword("COUNT") && this.tokens[this.index + 1]?.text === "(") {
      this.index += 2;
      const field = this.peek()?.type === "word" ? this.identifier() : undefined;
      this.expect(")");
      const next = this.peek();
      const alias = next?.type === "word" && !["FROM"].includes(next.text.toUpperCase()) ? this.identifier() : undefined;
      return { kind: "count", field, alias };
    }
    return { kind: "field", field: this.identifier() };
  }

  private orCondition(): Condition {
    let left = this.andCondition();
    while (this.accept("OR")) left = { kind: "or", left, right: this.andCondition() };
    return left;
  }
  private andCondition(): Condition {
    let left = this.primary();
    while (this.accept("AND")) left = { kind: "and", left, right: this.primary() };
    return left;
  }
  private primary(): Condition {
    if (this.accept("NOT")) return { kind: "not", inner: this.primary() };
    if (this.accept("(")) {
      const inner = this.orCondition();
      this.expect(")");
      return inner;
    }
    const field = this.identifier();
    const negated = this.accept("NOT");
    if (this.accept("IN")) {
      this.expect("(");
      const values: Literal[] = [];
      do values.push(this.literal());
      while (this.accept(","));
      this.expect(")");
      return { kind: "in", field, negated, values };
    }
    if (negated) throw new SoqlError("expected IN after NOT");
    const token = this.peek();
    const op = token?.text.toUpperCase();
    const ops = ["=", "!=", "<>", "<", ">", "<=", ">=", "LIKE"];
    if (!op || !ops.includes(op)) throw new SoqlError(`expected an operator after ${field}`);
    this.index += 1;
    return { kind: "compare", field, op: (op === "<>" ? "!=" : op) as "=", value: this.literal() };
  }
}

/** Parses a SOQL statement; throws `SoqlError` for anything outside the subset. */
export function parseSoql(text: string): SoqlQuery {
  return new Parser(tokenize(text)).parse();
}

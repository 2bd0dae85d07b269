import { XMLParser } from "fast-xml-parser";

/** A parsed XML element: text, or child elements by local name (repeated children become arrays). */
export type XmlValue = string | XmlObject | XmlValue[];
export interface XmlObject {
  [name: string]: XmlValue;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

/** Parses an XML document; namespace prefixes are dropped from element and attribute names. */
export function parseXml(text: string): XmlObject {
  return parser.parse(text) as XmlObject;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * Serialises JSON as XML elements: arrays repeat the element, objects nest, `undefined`/`null`
 * are omitted, keys starting with `@` become attributes.
 */
export function toXml(name: string, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map((item) => toXml(name, item)).join("");
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    const attrs = entries
      .filter(([key, v]) => key.startsWith("@") && v !== undefined)
      .map(([key, v]) => ` ${key.slice(1)}="${escapeXml(String(v))}"`)
      .join("");
    const body = entries
      .filter(([key]) => !key.startsWith("@"))
      .map(([key, v]) => toXml(key, v))
      .join("");
    return body ? `<${name}${attrs}>${body}</${name}>` : `<${name}${attrs}/>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A SOAP request's envelope: its `Body` (absent when it has none); undefined when the text is not well-formed XML. */
export function parseSoapEnvelope(text: string): { envelope: XmlObject | undefined; body: XmlObject | undefined } | undefined {
  let parsed: XmlObject;
  try {
    parsed = parseXml(text);
  } catch {
    return undefined;
  }
  const envelope = parsed.Envelope as XmlObject | undefined;
  return { envelope, body: envelope?.Body as XmlObject | undefined };
}

import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../../cli/commands/docs";
import { defaultArchitecture } from "../../../lifecycle/default-architecture";
import { generateDocs } from "../../../lifecycle/docs/render";

describe("generated docs for the default architecture", () => {
  const docs = generateDocs(defaultArchitecture);
  for (const [name, content] of Object.entries(docs)) {
    it(`${name} matches its snapshot`, async () => {
      await expect(content).toMatchFileSnapshot(`./__file_snapshots__/${name}`);
    });
  }

  it("lists every lifecycle stage with an approval column and the mermaid bow tie", () => {
    for (const stage of defaultArchitecture.lifecycle) expect(docs["definition-alignment.md"]).toContain(stage.definition);
    expect(docs["definition-alignment.md"]).toContain("[ ] Yes / [ ] No");
    expect(docs["lifecycle-diagram.md"]).toContain("```mermaid\nflowchart LR");
    expect(docs["lifecycle.html"]).toContain("<svg");
    expect(docs["lifecycle.html"]).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });
});

describe("bowtie docs", () => {
  it("writes the three documents as Markdown and one HTML page", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bowtie-docs-"));
    const code = await run(["--out", dir], () => undefined, () => undefined);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["definition-alignment.md", "lifecycle-diagram.md", "lifecycle.html", "stage-reference-card.md"]);
  });

  it("refuses a missing --out value", async () => {
    let err = "";
    expect(await run(["--out"], () => undefined, (s) => void (err += s))).toBe(2);
    expect(err).toContain("--out <value>' argument missing");
  });
});

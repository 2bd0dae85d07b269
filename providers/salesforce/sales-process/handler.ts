import type { SalesforceSalesProcessSpec } from "../../../lifecycle/resources";
import { diffSpec } from "../../core/diff";
import type { KindHandler } from "../../core/kind";
import { zodCheck } from "../check";
import { openPort } from "../port";
import { deactivateProcess, readProcess, requireStages, setRecordType, upsertProcess } from "./api";
import { processFullName, salesProcessDescriptor } from "./descriptor";
import { salesProcessSchema } from "./schema";

const resourceOf = (spec: SalesforceSalesProcessSpec) => `Salesforce sales process ${processFullName(spec)} (${spec.name})`;

/**
 * BusinessProcess `Opportunity.<name>` plus its RecordType. Stages must exist in OpportunityStage.
 * Delete deactivates both (opportunities keep pointing at them); a renamed record type is
 * deactivated and the new one created.
 */
export const salesProcessHandler: KindHandler<SalesforceSalesProcessSpec> = {
  descriptor: salesProcessDescriptor,
  check: (news) => zodCheck(salesProcessSchema, news),
  diff: async (_id, olds, news) => diffSpec(salesProcessDescriptor, olds, news),
  async create(news, ctx) {
    const port = openPort(ctx, resourceOf(news));
    await requireStages(port, news, resourceOf(news));
    await upsertProcess(port, news);
    return { id: processFullName(news), outs: news };
  },
  read: (_id, olds, ctx) => readProcess(openPort(ctx, resourceOf(olds)), olds),
  async update(_id, olds, news, ctx) {
    const port = openPort(ctx, resourceOf(news));
    await requireStages(port, news, resourceOf(news));
    await upsertProcess(port, news);
    if (olds.recordType.apiName && olds.recordType.apiName !== news.recordType.apiName) await setRecordType(port, { ...news, recordType: olds.recordType }, false);
    return news;
  },
  delete: (_id, olds, ctx) => deactivateProcess(openPort(ctx, resourceOf(olds)), olds),
};

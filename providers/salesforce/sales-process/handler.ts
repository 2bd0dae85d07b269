import type { SalesforceSalesProcessSpec } from "../../../specs";
import type { KindHandler } from "../../core/kind";
import { openPort } from "../port";
import { deactivateProcess, readProcess, requireStages, setRecordType, upsertProcess } from "./api";
import { processFullName } from "./descriptor";

const resourceOf = (spec: SalesforceSalesProcessSpec) => `Salesforce sales process ${processFullName(spec)} (${spec.name})`;

/**
 * BusinessProcess `Opportunity.<name>` plus its RecordType. Stages must exist in OpportunityStage.
 * Delete deactivates both (opportunities keep pointing at them); a renamed record type is
 * deactivated and the new one created.
 */
export const salesProcessHandler: KindHandler<SalesforceSalesProcessSpec> = {
  async create(news, ctx) {
    const port = openPort(ctx, news.name, resourceOf(news));
    await requireStages(port, news, resourceOf(news));
    await upsertProcess(port, news);
    return { id: processFullName(news), outs: news };
  },
  read: (_id, olds, ctx) => readProcess(openPort(ctx, olds.name, resourceOf(olds)), olds),
  async update(_id, olds, news, ctx) {
    const port = openPort(ctx, news.name, resourceOf(news));
    await requireStages(port, news, resourceOf(news));
    await upsertProcess(port, news);
    if (olds.recordType.apiName && olds.recordType.apiName !== news.recordType.apiName) await setRecordType(port, { ...news, recordType: olds.recordType }, false);
    return news;
  },
  delete: (_id, olds, ctx) => deactivateProcess(openPort(ctx, olds.name, resourceOf(olds)), olds),
};

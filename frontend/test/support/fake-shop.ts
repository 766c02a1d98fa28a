/**
 * The backend's side of push, as SYNC.md specifies it: sales are recorded once by id (a replay is a
 * `duplicate`), each sale stands alone, customers are upserted by id.
 */
import { json, problem } from './http';
import { customerJson, serverSaleJson } from './fixtures';

type Json = Record<string, unknown>;

export class FakeShop {
  /** Recorded sales by id, in the server's view. */
  readonly sales = new Map<string, Json>();
  /** How many times each sale id was created (must never pass 1). */
  readonly creations = new Map<string, number>();
  /** Every body received for each sale id, to check the device resends exactly the same thing. */
  readonly bodies = new Map<string, Json[]>();
  readonly customers = new Map<string, Json>();
  /** Sales the server answers `rejected` (one result in a 200). */
  readonly refused = new Map<string, { code: string; message: string }>();
  /** Sales that make the whole request invalid (`422`), e.g. a malformed value. */
  readonly malformed = new Set<string>();
  private version = 1000;

  /** `POST /api/sales/bulk_create`. */
  bulkCreate(request: unknown): Response {
    const sales = (request as { sales: Json[] }).sales;
    const bad = sales.find((sale) => this.malformed.has(sale['id'] as string));
    if (bad !== undefined) {
      return problem(422, 'validation', `Sale ${String(bad['sale_number'])} has an invalid value`);
    }
    return json(this.record(sales));
  }

  /** Records the sales and builds the 200 answer, without sending it (an answer may get lost). */
  record(sales: readonly Json[]): Json {
    const counts = { created: 0, duplicates: 0, rejected: 0 };
    const results = sales.map((body) => {
      const id = body['id'] as string;
      this.bodies.set(id, [...(this.bodies.get(id) ?? []), body]);
      const refusal = this.refused.get(id);
      if (refusal !== undefined) {
        counts.rejected++;
        return { id, status: 'rejected', error: refusal };
      }
      const stored = this.sales.get(id);
      if (stored !== undefined) {
        counts.duplicates++;
        return { id, status: 'duplicate', sale: stored, conflicts: [] };
      }
      const sale = serverSaleJson(body, ++this.version);
      this.sales.set(id, sale);
      this.creations.set(id, (this.creations.get(id) ?? 0) + 1);
      counts.created++;
      return { id, status: 'created', sale, conflicts: [] };
    });
    return { ...counts, results };
  }

  /** `PUT /api/customers/{id}`. */
  putCustomer(id: string, body: unknown): Response {
    const customer = customerJson(
      {
        id,
        version: ++this.version,
        name: (body as Json)['name'] as string,
        phone: ((body as Json)['phone'] as string | null) ?? null,
        email: null,
        notes: null,
        updatedAt: '2026-11-21T07:30:05.000Z',
        snapshot: 0,
      },
      {},
    );
    this.customers.set(id, customer);
    return json(customer);
  }
}

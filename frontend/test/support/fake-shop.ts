/**
 * The backend's side of push, as docs/sync-protocol.md specifies it: each mutation is applied once by
 * its id and each sale once by its id (a replay is a `duplicate`), each mutation stands alone,
 * customers are upserted by id.
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
  /** Every mutation received, by mutation id, in the order it first arrived. */
  readonly mutations = new Map<string, Json>();
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

  /** `POST /api/sync/push`. */
  push(request: unknown): Response {
    const mutations = (request as { mutations: Json[] }).mutations;
    const bad = mutations.find((mutation) => this.malformed.has(argsOf(mutation)['id'] as string));
    if (bad !== undefined) {
      return problem(422, 'validation', `Mutation ${String(bad['id'])} has an invalid value`);
    }
    return json(this.apply(mutations));
  }

  /** Applies the mutations and builds the 200 answer, without sending it (an answer may get lost). */
  apply(mutations: readonly Json[]): Json {
    const counts = { applied: 0, duplicates: 0, rejected: 0 };
    const results = mutations.map((mutation) => {
      const id = mutation['id'] as string;
      const name = mutation['name'] as string;
      if (!this.mutations.has(id)) {
        this.mutations.set(id, mutation);
      }
      if (name === 'sale.record') {
        const [result] = this.record([argsOf(mutation)])['results'] as Json[] as [Json];
        const status = result['status'] === 'created' ? 'applied' : result['status'];
        counts[
          status === 'applied' ? 'applied' : status === 'duplicate' ? 'duplicates' : 'rejected'
        ]++;
        if (status === 'rejected') {
          const error = result['error'] as { code: string; message: string };
          return {
            id,
            name,
            status,
            problem: {
              type: `https://pos.example/problems/${error.code}`,
              title: error.code,
              status: 422,
              detail: error.message,
              code: error.code,
            },
          };
        }
        return {
          id,
          name,
          status,
          collection: 'sales',
          record: result['sale'],
          conflicts: result['conflicts'],
        };
      }
      counts.applied++;
      if (name === 'customer.upsert') {
        const args = argsOf(mutation);
        const record = this.upsertCustomer(args['id'] as string, args);
        return { id, name, status: 'applied', collection: 'customers', record, conflicts: [] };
      }
      return { id, name, status: 'applied', collection: 'products', conflicts: [] };
    });
    return { ...counts, results };
  }

  /** `PUT /api/customers/{id}`. */
  putCustomer(id: string, body: unknown): Response {
    return json(this.upsertCustomer(id, body as Json));
  }

  private upsertCustomer(id: string, body: Json): Json {
    const before = this.customers.get(id);
    const customer = customerJson(
      {
        id,
        version: ++this.version,
        name: ('name' in body ? body['name'] : before?.['name']) as string,
        phone: (('phone' in body ? body['phone'] : before?.['phone']) as string | null) ?? null,
        email: null,
        notes: null,
        updatedAt: '2026-11-21T07:30:05.000Z',
        snapshot: 0,
      },
      {},
    );
    this.customers.set(id, customer);
    return customer;
  }
}

function argsOf(mutation: Json): Json {
  return mutation['args'] as Json;
}

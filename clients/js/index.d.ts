// Types of smsim-testing (index.mjs).
export const DEFAULT_ACCOUNT: string;
export const DEFAULT_REGION: string;

export class SmsimError extends Error {
  status: number;
  body: unknown;
}

export interface MessageFilter {
  destination?: string;
  origination?: string;
  account?: string;
  since?: number;
}

export interface RequestFilter {
  api?: "aws" | "control" | "convoso";
  operation?: string;
  status?: number;
  errorType?: string;
  rule?: string;
  account?: string;
  region?: string;
  since?: number;
  limit?: number;
}

export interface Identity {
  account?: string;
  region?: string;
}

export class Smsim {
  readonly url: string;
  /** The --admin-token sent as `Authorization: Bearer` on control calls (SMSIM_ADMIN_TOKEN). */
  adminToken?: string;
  static start(options?: { binary?: string; args?: string[]; adminToken?: string }): Promise<Smsim>;
  static connect(url?: string, options?: { adminToken?: string }): Smsim;
  state(options?: { format?: "json" | "scenario" }): Promise<Record<string, unknown> | string>;
  saveState(): Promise<{ saved: boolean; path: string }>;
  stop(): Promise<void>;
  reset(): Promise<unknown>;
  messages(filter?: MessageFilter): Promise<Array<Record<string, unknown>>>;
  inbound(origination: string, destination: string, body: string): Promise<Record<string, unknown>>;
  optOut(number: string, options?: Identity & { listName?: string }): Promise<unknown>;
  advanceClock(seconds: number): Promise<unknown>;
  loadScenario(scenario: string | object): Promise<unknown>;
  verify(options?: { scenario?: string; expect?: object[] }): Promise<Record<string, unknown>>;
  requests(filter?: RequestFilter): Promise<Array<Record<string, unknown>>>;
  events(filter?: Record<string, string | number>): Promise<Array<Record<string, unknown>>>;
  aws(operation: string, body: object, identity?: Identity): Promise<any>;
  clientConfig(identity?: Identity): {
    endpoint: string;
    region: string;
    credentials: { accessKeyId: string; secretAccessKey: string };
  };
}

type Hook = (fn: () => unknown) => unknown;
export function useSmsim(
  hooks: { beforeEach: Hook; before?: Hook; after?: Hook; beforeAll?: Hook; afterAll?: Hook },
  options?: { binary?: string; args?: string[] },
): Smsim;

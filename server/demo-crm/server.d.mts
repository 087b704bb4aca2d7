/** A running Demo CRM instance. */
export interface DemoCrm {
  /** Base URL with a trailing slash, e.g. "http://127.0.0.1:4300/". */
  url: string;
  /** The port actually bound (useful with port 0). */
  port: number;
  /** Stop listening and drop open connections. Idempotent. */
  close(): Promise<void>;
}

export interface DemoCrmOptions {
  /** TCP port on 127.0.0.1; 0 picks a free port. Default 4300. */
  port?: number;
}

/** Start the Demo CRM static server on 127.0.0.1. */
export function startDemoCrm(options?: DemoCrmOptions): Promise<DemoCrm>;

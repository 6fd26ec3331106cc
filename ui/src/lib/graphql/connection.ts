import { useSyncExternalStore } from 'react';

/** What the live connection is doing, shown in the header and used to re-read after a reconnect. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface ConnectionSnapshot {
  state: ConnectionState;
  /** Bumped on every connect after the first: whatever a screen shows was possibly missed meanwhile. */
  epoch: number;
  /** The server's close reason when it refused the connection (e.g. 4401 Unauthorized). */
  closeCode?: number;
}

type Listener = () => void;

/** A tiny observable store: graphql-ws events in, React components out. */
export class ConnectionStore {
  private snapshot: ConnectionSnapshot = { state: 'connecting', epoch: 0 };
  private connectedOnce = false;
  private readonly listeners = new Set<Listener>();

  get = (): ConnectionSnapshot => this.snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  connected(): void {
    const epoch = this.connectedOnce ? this.snapshot.epoch + 1 : this.snapshot.epoch;
    this.connectedOnce = true;
    this.set({ state: 'connected', epoch });
  }

  closed(code?: number): void {
    this.set({ ...this.snapshot, state: this.connectedOnce ? 'reconnecting' : 'connecting', closeCode: code });
  }

  private set(next: ConnectionSnapshot): void {
    this.snapshot = next;
    this.listeners.forEach((l) => l());
  }
}

export function useConnectionSnapshot(store: ConnectionStore): ConnectionSnapshot {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

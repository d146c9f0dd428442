// What the offline visit page keeps on the phone (issue 22), in IndexedDB and encrypted: the key the server
// handed out (a non-extractable AES-GCM CryptoKey, with its id and expiry), the list of households and the
// visits recorded. Every value but the key is sealed with AES-GCM under a fresh 96-bit IV; a queued visit keeps
// its idempotency key and its state (waiting, sent, refused) in clear, what it says sealed.
(function () {
  'use strict';
  const NAME = 'unionaid-offline';

  function open() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(NAME, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('meta');
        request.result.createObjectStore('queue', { keyPath: 'key' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  /** Runs one request on a store and closes the database after, so that a wipe is never blocked. */
  async function run(store, mode, action) {
    const db = await open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const request = action(tx.objectStore(store));
      let result;
      if (request) {
        request.onsuccess = () => { result = request.result; };
      }
      tx.oncomplete = () => { db.close(); resolve(result); };
      tx.onerror = tx.onabort = () => { db.close(); reject(tx.error); };
    });
  }

  function fromBase64(text) {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  }

  async function seal(key, value) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, key,
      new TextEncoder().encode(JSON.stringify(value)));
    return { iv: iv, data: data };
  }

  async function unseal(key, sealed) {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
    return JSON.parse(new TextDecoder().decode(plain));
  }

  const store = {
    /** The key held, or null: {keyId, cryptoKey, expiresAt}. */
    key: () => run('meta', 'readonly', (s) => s.get('key')).then((k) => k || null),

    /**
     * Keeps the key the server answered, as a CryptoKey that cannot be read back out, with how far the phone's clock
     * is behind the server's (skew, in milliseconds): the expiry is the server's.
     */
    async keepKey(answer) {
      const cryptoKey = await crypto.subtle.importKey('raw', fromBase64(answer.key), { name: 'AES-GCM' }, false,
        ['encrypt', 'decrypt']);
      const held = { keyId: answer.keyId, cryptoKey: cryptoKey, expiresAt: answer.expiresAt,
        skew: answer.now - Date.now() };
      await run('meta', 'readwrite', (s) => s.put(held, 'key'));
      return held;
    },

    async keepList(key, households) {
      const sealed = await seal(key.cryptoKey, households);
      await run('meta', 'readwrite', (s) => s.put({ sealed: sealed, at: new Date().toISOString() }, 'list'));
    },

    async list(key) {
      const kept = await run('meta', 'readonly', (s) => s.get('list'));
      return kept ? { households: await unseal(key.cryptoKey, kept.sealed), at: kept.at } : null;
    },

    /** Queues a visit under its own idempotency key. */
    async add(key, visit) {
      const entry = { key: crypto.randomUUID(), state: 'WAITING', reason: null, savedAt: new Date().toISOString(),
        sealed: await seal(key.cryptoKey, visit) };
      await run('queue', 'readwrite', (s) => s.put(entry));
      return entry;
    },

    /** The queue, oldest first, each entry with what it says opened. */
    async queue(key) {
      const entries = await run('queue', 'readonly', (s) => s.getAll()) || [];
      entries.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
      for (const entry of entries) {
        entry.visit = await unseal(key.cryptoKey, entry.sealed);
      }
      return entries;
    },

    /** Notes what the server answered for a queued visit. */
    async mark(entryKey, state, reason) {
      const entry = await run('queue', 'readonly', (s) => s.get(entryKey));
      if (entry) {
        entry.state = state;
        entry.reason = reason || null;
        entry.sentAt = new Date().toISOString();
        await run('queue', 'readwrite', (s) => s.put(entry));
      }
    },

    /** Everything the page kept on the phone, and the service worker's cache: at sign-out or an expired key. */
    async wipe() {
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase(NAME);
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      });
      if (window.caches) {
        const names = await caches.keys();
        await Promise.all(names.filter((n) => n.startsWith(NAME)).map((n) => caches.delete(n)));
      }
    }
  };

  window.OfflineStore = store;
}());

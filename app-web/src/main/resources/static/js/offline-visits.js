// The offline visit page (issue 22): fetches the key and the cadre's list while there is a signal, keeps both on
// the phone encrypted (offline-store.js), records visits without a signal — each under its own idempotency key —
// and sends each when a signal returns (the online event, or the send button). A key the server says expired
// wipes the phone; a sign-in that ended keeps the waiting visits until the user signs in again. Signing out wipes.
(function () {
  'use strict';
  const store = window.OfflineStore;
  const capture = window.OfflineCapture;
  const $ = (id) => document.getElementById(id);
  const texts = $('offline-texts').dataset;
  const maxPhotos = Number(texts.maxPhotos);
  const pad = capture.signaturePad($('signature'));
  let csrf = { header: meta('_csrf_header'), token: meta('_csrf') };
  let key = null;
  let households = [];
  let listAt = null;
  let queue = [];
  let chosen = null;
  let photos = [];
  let sending = false;

  class SignedOut extends Error {}

  function meta(name) {
    const element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.content : null;
  }

  function format(text, ...args) {
    return text.replace(/\{(\d+)\}/g, (match, i) => String(args[Number(i)]));
  }

  /** The server's time as the phone reckons it: its own clock corrected by the skew measured at the key. */
  function serverNow() {
    return Date.now() + (key && key.skew ? key.skew : 0);
  }

  /** Today in China on the server's clock, as a date field wants it. */
  function today() {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
      day: '2-digit' }).format(new Date(serverNow()));
  }

  function message(text) {
    $('offline-message').textContent = text || '';
    $('offline-message').hidden = !text;
  }

  function connection() {
    const badge = $('connection');
    badge.textContent = navigator.onLine ? texts.online : texts.offline;
    badge.className = 'badge ms-1 ' + (navigator.onLine ? 'text-bg-success' : 'text-bg-secondary');
  }

  /** A call of the API; a key that expired wipes the phone, a sign-in that ended asks for a new one. */
  async function api(path, options) {
    const response = await fetch(path, Object.assign({ credentials: 'same-origin', cache: 'no-store' }, options));
    const json = (response.headers.get('Content-Type') || '').includes('application/json');
    if (response.status === 401 && json) {
      await expired();
      throw new SignedOut();
    }
    if (!json) {
      if (response.status === 413) {
        throw new Error(texts.sendFailed);
      }
      message(texts.signedOut);
      $('sign-in-again').hidden = false;
      throw new SignedOut();
    }
    return { status: response.status, body: await response.json() };
  }

  async function expired() {
    await wipe();
    message(texts.expired);
    $('sign-in-again').hidden = false;
  }

  async function wipe() {
    await store.wipe();
    if (navigator.serviceWorker && navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage('wipe');
    }
    key = null;
    households = [];
    queue = [];
    render();
  }

  async function fetchKey() {
    const headers = { Accept: 'application/json' };
    if (key) {
      headers['X-Offline-Key'] = key.keyId;
    }
    const answer = await api('/offline/visits/key', { headers: headers });
    if (answer.status !== 200) {
      throw new Error(answer.body.reason);
    }
    if (answer.body.csrfToken) {
      csrf = { header: answer.body.csrfHeader, token: answer.body.csrfToken };
    }
    if (key && key.keyId !== answer.body.keyId) {
      await wipe(); // another key (another user on this phone): what the old one sealed is not this user's
    }
    key = await store.keepKey(answer.body); // the same key again, with the clock's skew measured anew
  }

  async function fetchList() {
    const answer = await api('/offline/visits/list', { headers: { Accept: 'application/json',
      'X-Offline-Key': key.keyId } });
    if (answer.status !== 200) {
      throw new Error(answer.body.reason);
    }
    households = answer.body.households.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    listAt = new Date().toISOString();
    await store.keepList(key, households);
  }

  async function start() {
    connection();
    key = await store.key().catch(() => null);
    if (key && Date.parse(key.expiresAt) <= serverNow()) {
      await expired();
      return;
    }
    if (navigator.onLine) {
      try {
        await fetchKey();
        await fetchList();
      } catch (failure) {
        if (failure instanceof SignedOut && !key) {
          return;
        }
      }
    }
    if (!key) {
      message(texts.needSignal);
      return;
    }
    if (!listAt) {
      const kept = await store.list(key);
      if (kept) {
        households = kept.households;
        listAt = kept.at;
      }
    }
    queue = await store.queue(key);
    render();
    if (navigator.onLine && queue.some((entry) => entry.state === 'WAITING')) {
      await send();
    }
  }

  function element(tag, className, text) {
    const made = document.createElement(tag);
    if (className) {
      made.className = className;
    }
    if (text !== undefined && text !== null) {
      made.textContent = text;
    }
    return made;
  }

  function render() {
    const recorded = new Set(queue.filter((e) => e.state !== 'REFUSED').map((e) => e.visit.fileId));
    const list = $('households');
    list.replaceChildren();
    households.forEach((household) => {
      const button = element('button', 'btn btn-outline-secondary text-start household');
      button.type = 'button';
      button.dataset.fileId = household.fileId;
      button.append(element('strong', null, household.name));
      if (recorded.has(household.fileId)) {
        button.append(element('span', 'badge text-bg-success ms-2', texts.recordedHere));
      }
      button.append(element('span', 'd-block small', household.address || ''));
      button.append(element('span', 'd-block small text-muted', format(texts.id, household.idMasked || '—')
        + (household.cardMasked ? ' · ' + format(texts.card, household.cardMasked) : '')));
      button.addEventListener('click', () => choose(household));
      list.append(button);
    });
    $('list-state').textContent = !key ? '' : households.length === 0 ? texts.listEmpty
      : format(texts.listKept, households.length, listAt ? new Date(listAt).toLocaleString('zh-CN') : '');
    const items = $('queue');
    items.replaceChildren();
    queue.slice().reverse().forEach((entry) => {
      const item = element('li', 'list-group-item queue-entry queue-' + entry.state.toLowerCase());
      item.dataset.key = entry.key;
      item.dataset.state = entry.state;
      const badge = { WAITING: 'text-bg-warning', SENT: 'text-bg-success', REFUSED: 'text-bg-danger' }[entry.state];
      item.append(element('strong', null, entry.visit.name));
      item.append(element('span', 'badge ms-2 ' + badge, texts[entry.state.toLowerCase()]));
      item.append(element('span', 'd-block small', entry.visit.visitedOn + ' · ' + entry.visit.visitors + ' · '
        + format(texts.photoCount, entry.visit.photos.length)));
      if (entry.reason) {
        item.append(element('span', 'd-block small text-danger refusal', entry.reason));
      }
      items.append(item);
    });
    const count = (state) => queue.filter((e) => e.state === state).length;
    $('queue-state').textContent = queue.length === 0 ? texts.queueEmpty
      : format(texts.queueCounts, count('WAITING'), count('SENT'), count('REFUSED'));
  }

  function choose(household) {
    chosen = household;
    photos = [];
    $('visit-form').reset();
    $('chosen').textContent = household.name;
    $('chosen-details').textContent = household.address || '';
    $('visitedOn').value = today();
    $('visitedOn').max = today();
    $('photo-previews').replaceChildren();
    $('signature-block').hidden = true;
    $('form-error').hidden = true;
    $('visit-form').hidden = false;
    $('visit-form').scrollIntoView({ block: 'start' });
  }

  function givesSomething() {
    return $('cash').value.trim() !== '' || $('goods').value.trim() !== '';
  }

  function toggleSignature() {
    const hidden = $('signature-block').hidden;
    $('signature-block').hidden = !givesSomething();
    if (hidden && !$('signature-block').hidden) {
      pad.fit();
    }
  }

  async function addPhotos() {
    const files = Array.from($('photos').files || []);
    for (const file of files) {
      if (photos.length >= maxPhotos) {
        formError(format(texts.photosTooMany, maxPhotos));
        break;
      }
      const photo = await capture.resize(file);
      photos.push(photo);
      const preview = element('img', 'offline-preview');
      preview.src = photo;
      preview.alt = format(texts.photoCount, photos.length);
      $('photo-previews').append(preview);
    }
    $('photos').value = '';
  }

  function formError(text) {
    $('form-error').textContent = text;
    $('form-error').hidden = false;
  }

  async function save(event) {
    event.preventDefault();
    if (!chosen || !key) {
      return;
    }
    const visitors = $('visitors').value.trim();
    if (!$('visitedOn').value) {
      formError(texts.dateMissing);
      return;
    }
    if (!visitors) {
      formError(texts.visitorsMissing);
      return;
    }
    if (givesSomething() && pad.isEmpty()) {
      formError(texts.signatureMissing);
      return;
    }
    await store.add(key, { fileId: chosen.fileId, version: chosen.version, name: chosen.name,
      visitedOn: $('visitedOn').value, kind: $('kind').value, visitors: visitors, cash: $('cash').value.trim(),
      goods: $('goods').value.trim(), notes: $('notes').value.trim(), photos: photos,
      signature: givesSomething() ? pad.png() : null });
    chosen = null;
    photos = [];
    $('visit-form').hidden = true;
    queue = await store.queue(key);
    render();
    message(texts.saved);
    if (navigator.onLine) {
      await send();
    }
  }

  /** One visit sent: the server's answer for its key, whether this is its first sending or not. */
  async function post(entry) {
    const visit = entry.visit;
    const form = new FormData();
    form.append('idempotencyKey', entry.key);
    ['fileId', 'visitedOn', 'kind', 'visitors', 'cash', 'goods', 'notes'].forEach((name) => {
      if (visit[name] !== null && visit[name] !== undefined && visit[name] !== '') {
        form.append(name, visit[name]);
      }
    });
    visit.photos.forEach((photo, i) => form.append('photos', capture.blob(photo), 'photo-' + (i + 1) + '.jpg'));
    if (visit.signature) {
      form.append('signature', capture.blob(visit.signature), 'signature.png');
    }
    const headers = { Accept: 'application/json', 'X-Offline-Key': key.keyId };
    headers[csrf.header] = csrf.token;
    const answer = await api('/offline/visits', { method: 'POST', headers: headers, body: form });
    if (answer.body.outcome === 'RECORDED') {
      return { state: 'SENT', reason: null, answer: answer.body };
    }
    return { state: 'REFUSED', reason: answer.body.reason, answer: answer.body };
  }

  /** Sends the waiting visits (or, with {@code all}, every visit kept: the server answers each as before). */
  async function send(all) {
    const answers = [];
    if (sending || !key) {
      return answers;
    }
    sending = true;
    document.body.dataset.sending = 'true';
    $('send').disabled = true;
    message(texts.sending);
    try {
      await fetchKey();
      for (const entry of queue.filter((e) => all || e.state === 'WAITING')) {
        const outcome = await post(entry);
        answers.push(outcome.answer);
        await store.mark(entry.key, outcome.state, outcome.reason);
      }
      message(null);
    } catch (failure) {
      if (!(failure instanceof SignedOut)) {
        message(texts.sendFailed);
      }
    } finally {
      sending = false;
      $('send').disabled = false;
      if (key) {
        queue = await store.queue(key);
      }
      render();
      document.body.dataset.sending = 'false';
    }
    return answers;
  }

  async function signOut(event) {
    event.preventDefault();
    await wipe().catch(() => null);
    $('logout-form').submit();
  }

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/offline/sw.js', { scope: '/offline/' }).catch(() => null);
  }
  $('visit-form').addEventListener('submit', save);
  $('cancel').addEventListener('click', () => { $('visit-form').hidden = true; chosen = null; });
  $('cash').addEventListener('input', toggleSignature);
  $('goods').addEventListener('input', toggleSignature);
  $('signature-clear').addEventListener('click', () => pad.clear());
  $('photos').addEventListener('change', () => addPhotos().catch((failure) => formError(failure.message)));
  $('send').addEventListener('click', () => send());
  $('logout-form').addEventListener('submit', signOut);
  $('sign-in-again').addEventListener('click', signOut);
  window.addEventListener('online', () => { connection(); send(); });
  window.addEventListener('offline', connection);
  // Sending everything kept again (a phone that lost the answers): each key is answered as the first time.
  window.offlineVisits = { resendAll: () => send(true) };
  start().catch((failure) => message(failure.message)).finally(() => { document.body.dataset.ready = 'true'; });
}());

// The navigation's drop-down menus are <details> elements, which work without script but stay open
// until their own summary is clicked again. Here an open menu closes when the user clicks elsewhere,
// opens another menu, or presses Escape (focus goes back to its summary, for keyboard users).
// On a phone the whole navigation folds behind one more <details> (.nav-toggle): it closes on a click
// outside the navigation bar, and on Escape once no menu inside it is open.
(function () {
  'use strict';
  function menus() {
    return document.querySelectorAll('details.nav-menu[open]');
  }
  function close(menu) {
    menu.removeAttribute('open');
    if (menu.contains(document.activeElement)) {
      menu.querySelector('summary').focus();
    }
  }
  document.addEventListener('click', function (event) {
    menus().forEach(function (menu) {
      if (!menu.contains(event.target)) {
        menu.removeAttribute('open');
      }
    });
    var toggle = document.querySelector('details.nav-toggle[open]');
    if (toggle && !toggle.closest('nav').contains(event.target)) {
      toggle.removeAttribute('open');
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var open = menus();
    if (open.length > 0) {
      open.forEach(close);
      return;
    }
    var toggle = document.querySelector('details.nav-toggle[open]');
    if (toggle) {
      toggle.removeAttribute('open');
      toggle.querySelector('summary').focus();
    }
  });

  // Signing out from any page wipes what the offline visit page (issue 22) kept on this phone — its IndexedDB and
  // the service worker's cache — before the logout is posted. The offline page does the same itself.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches('form[action$="/logout"]') || form.dataset.wiped || !window.indexedDB) {
      return;
    }
    event.preventDefault();
    form.dataset.wiped = 'true';
    var logOut = function () {
      form.submit();
    };
    var request = indexedDB.deleteDatabase('unionaid-offline');
    request.onsuccess = request.onerror = request.onblocked = function () {
      if (!window.caches) {
        logOut();
        return;
      }
      caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) {
          return name.indexOf('unionaid-offline') === 0;
        }).map(function (name) {
          return caches.delete(name);
        }));
      }).then(logOut, logOut);
    };
  });
})();

// The navigation's drop-down menus are <details> elements, which work without script but stay open
// until their own summary is clicked again. Here an open menu closes when the user clicks elsewhere,
// opens another menu, or presses Escape (focus goes back to its summary, for keyboard users).
(function () {
  'use strict';
  function menus() {
    return document.querySelectorAll('details.nav-menu[open]');
  }
  document.addEventListener('click', function (event) {
    menus().forEach(function (menu) {
      if (!menu.contains(event.target)) {
        menu.removeAttribute('open');
      }
    });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    menus().forEach(function (menu) {
      menu.removeAttribute('open');
      if (menu.contains(document.activeElement)) {
        menu.querySelector('summary').focus();
      }
    });
  });
})();

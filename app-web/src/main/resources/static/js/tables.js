// On a phone a table marked .table-cards shows each row as a card (app.css); each cell is labelled there with
// its column's heading, copied here into a data-label attribute so that pages need not repeat the headings.
// Runs on the page as loaded and on every part htmx swaps in.
(function () {
  'use strict';
  function label(root) {
    root.querySelectorAll('table.table-cards').forEach(function (table) {
      var headings = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        return th.textContent.replace(/[↑↓]/g, '').trim();
      });
      table.querySelectorAll('tbody tr').forEach(function (row) {
        Array.prototype.forEach.call(row.cells, function (cell, column) {
          if (headings[column] && cell.colSpan === 1 && !cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', headings[column]);
          }
        });
      });
    });
  }
  label(document);
  document.addEventListener('htmx:afterSettle', function () {
    label(document);
  });
})();

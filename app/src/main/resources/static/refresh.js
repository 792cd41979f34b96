// A batch page refreshes itself while files are still being read.
if (document.body.dataset.refresh === 'true') {
  setTimeout(function () { location.reload(); }, 2000);
}

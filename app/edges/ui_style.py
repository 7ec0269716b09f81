"""Styling and behaviour of the web UI's markup: CSS, and the small scripts of the transcript
(open a citation, ask an example, count characters) and the citation panel (show the highlighted
span, go back to the quote). Passed to Gradio by `app.edges.ui`; no gradio import here.

Colours of text meet WCAG AA (contrast >= 4.5) on the light theme: no text is made faint with
`opacity`. The phone layout (<= 640 px) drops nested scroll areas, keeps the question box at
the bottom of the screen, and turns the sources table into one card per document.
"""

from __future__ import annotations

SUBDUED = "#4b5563"  # secondary text: 7.6:1 on white, 6.9:1 on the grey quote background

CSS = """
.bl-legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;font-size:.85rem;margin:.2rem 0}
.bl-legend-title{font-weight:600}
.bl-legend-item{display:inline-flex;align-items:center;gap:.35rem}
.bl-swatch{width:.9rem;height:.9rem;border-radius:3px;display:inline-block}
.bl-transcript{display:flex;flex-direction:column;gap:1rem;position:relative;max-height:max(320px, calc(100vh - 330px));
  overflow-y:auto;padding-right:.4rem}
.bl-turn{border-bottom:1px solid var(--border-color-primary);padding-bottom:.8rem}
.bl-q{font-weight:600;margin-bottom:.4rem;overflow-wrap:anywhere}
.bl-q-more{font-weight:400;color:SUBDUED}
.bl-who{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:SUBDUED;
  margin-right:.5rem}
.bl-reading,.bl-scope{font-size:.88rem;margin:.1rem 0 .4rem 0;padding:.25rem .5rem;border-radius:6px;
  background:#eef3fb;color:#1f2937}
.bl-scope{background:#fff4d6}
.bl-voice{margin:.2rem 0 .5rem 0;font-style:italic}
.bl-group{font-weight:600;font-size:.9rem;margin:.6rem 0 .3rem 0}
.bl-group-meta{font-weight:400;color:SUBDUED}
.bl-quote{border-left:5px solid #888;background:var(--background-fill-secondary);border-radius:6px;
  padding:.45rem .7rem;margin:.35rem 0;cursor:pointer}
.bl-quote.bl-selected{outline:2px solid #b07d00}
.bl-quote-head{display:flex;align-items:center;gap:.5rem;flex-wrap:wrap}
.bl-quote blockquote{margin:.25rem 0 0 0 !important;padding:0 !important;border:none !important;white-space:pre-wrap}
.bl-badge{color:#fff;border-radius:999px;padding:.1rem .6rem;font-size:.8rem;font-weight:600;white-space:nowrap}
.bl-mentions{font-size:.8rem;color:SUBDUED}
.bl-cite{margin-left:auto;border:1px solid #6b7280;border-radius:4px;padding:.1rem
.5rem;min-width:2.2rem;min-height:1.8rem;
  font-size:.85rem;background:var(--background-fill-primary);color:var(--body-text-color);cursor:pointer}
.bl-cite:hover{background:#ffe58a;color:#000}
.bl-abstain,.bl-pending,.bl-empty{font-style:italic}
.bl-error,.bl-notice.bl-error{color:#9b1c1c;background:#fdecec;border-radius:6px;padding:.4rem .6rem}
.bl-notice.bl-warning{color:#713f12;background:#fef9c3;border-radius:6px;padding:.4rem .6rem;margin-bottom:.4rem}
.bl-notice.bl-ok{color:#14532d;background:#e7f6ec;border-radius:6px;padding:.4rem .6rem}
.bl-notice.bl-info,.bl-notice.bl-busy{background:#eef3fb;color:#1f2937;border-radius:6px;padding:.4rem .6rem}
.bl-intro h2{font-size:1.1rem;margin:.2rem 0 .4rem 0}
.bl-intro p,.bl-intro ul{margin:.3rem 0}
.bl-intro li{margin:.1rem 0}
.bl-examples{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0}
.bl-example{border:1px solid #1d5fb3;color:#1d5fb3;background:transparent;border-radius:999px;padding:.25rem .75rem;
  cursor:pointer;font-size:.88rem;text-align:left}
.bl-example:hover{background:#eef3fb}
.bl-panel-title{font-weight:600;margin-bottom:.4rem}
.bl-ok{color:#1a7f37;font-weight:400}.bl-warn{color:#9b1c1c}
.bl-back{border:1px solid #6b7280;border-radius:4px;padding:.15rem .6rem;margin:0 0 .5rem 0;background:transparent;
  color:var(--body-text-color);cursor:pointer;font-size:.85rem}
.bl-meta{font-size:.85rem;margin-bottom:.5rem;border-collapse:collapse}
#bl-panel table.bl-meta,#bl-panel table.bl-meta tr,#bl-panel table.bl-meta th,#bl-panel table.bl-meta td{
  border:0 !important;background:none !important}
.bl-meta th{text-align:left;padding:.1rem .8rem .1rem 0;white-space:nowrap;vertical-align:top}
.bl-meta td{padding:.1rem 0;word-break:break-word}
.bl-none{color:SUBDUED;font-style:italic}
.bl-article{position:relative;white-space:pre-wrap;max-height:55vh;overflow:auto;border:1px solid
var(--border-color-primary);
  border-radius:6px;padding:.6rem .8rem;font-size:.92rem;line-height:1.5}
.bl-mark{background:#ffe066;color:#000;padding:0 .1rem;border-radius:2px}
.bl-table-wrap{overflow-x:auto;max-width:100%}
.bl-sources{width:100%;border-collapse:collapse;font-size:.88rem}
.bl-sources th,.bl-sources td{border-bottom:1px solid var(--border-color-primary);padding:.3rem
.4rem;text-align:left;vertical-align:top} .bl-sources
td.bl-num{text-align:right}.bl-src{font-family:var(--font-mono);font-size:.78rem;word-break:break-all}
.bl-sources td a{word-break:break-all}
.bl-sources-count{margin-bottom:.4rem;font-weight:600}
.bl-side{position:sticky;top:.5rem;align-self:flex-start}
.bl-sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);
  white-space:nowrap;border:0}
#bl-ask-note:empty{display:none}
#bl-send:focus-visible,.bl-cite:focus-visible,.bl-example:focus-visible,.bl-back:focus-visible,
#bl-question textarea:focus-visible,button:focus-visible{outline:3px solid #1d5fb3 !important;outline-offset:2px}
.dark .bl-none,.dark .bl-who,.dark .bl-group-meta,.dark .bl-mentions,.dark .bl-q-more{color:#c7ccd4}
.dark .bl-reading,.dark .bl-notice.bl-info,.dark .bl-notice.bl-busy{background:#1e293b;color:#e5e7eb}
.dark .bl-notice.bl-warning{background:#422006;color:#fef9c3}
.dark .bl-scope{background:#3b2f0b;color:#fdf3d0}
#bl-k .min_value,#bl-k .max_value,#bl-upload-file .or,footer a,footer button,footer span{color:SUBDUED !important}
.tab-container button[role="tab"].selected{color:#1d5fb3 !important}
.dark .tab-container button[role="tab"].selected{color:#8fb8ee !important}
.dark #bl-k .min_value,.dark #bl-k .max_value,.dark footer a,.dark footer button,.dark footer span{color:#c7ccd4
!important} @media (max-width: 640px){
  .bl-transcript{max-height:none;overflow:visible;padding-right:0}
  .bl-article{max-height:60vh}
  .bl-side{position:static}
  #bl-ask-row{position:fixed;left:0;right:0;bottom:0;z-index:50;margin:0 !important;padding:.5rem .6rem;
    background:var(--background-fill-primary);box-shadow:0 -2px 8px rgba(0,0,0,.18);flex-wrap:nowrap !important}
  #bl-ask-row #bl-send{min-width:4.5rem}
  .gradio-container{padding-bottom:110px !important}
  .bl-sources thead{display:none}
  .bl-sources,.bl-sources tbody,.bl-sources tr,.bl-sources td{display:block;width:100%}
  .bl-sources tr{border:1px solid var(--border-color-primary);border-radius:6px;margin:0 0 .6rem 0;padding:.3rem .5rem}
  .bl-sources td{border:0;padding:.15rem 0;text-align:left !important}
  .bl-sources td::before{content:attr(data-label) ": ";font-weight:600}
  .bl-sources td:empty{display:none}
}
""".replace("SUBDUED", SUBDUED)

TRANSCRIPT_JS = """
const askWith = (text) => {
  const box = document.querySelector('#bl-question textarea');
  if (!box) return;
  const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  set.call(box, text);
  box.dispatchEvent(new Event('input', {bubbles: true}));
  setTimeout(() => document.querySelector('#bl-send').click(), 50);
};
element.addEventListener('click', (e) => {
  const example = e.target.closest('.bl-example');
  if (example) { askWith(example.dataset.q); return; }
  const hit = e.target.closest('[data-cite]');
  if (!hit || !element.contains(hit)) return;
  element.querySelectorAll('.bl-quote.bl-selected').forEach((q) => q.classList.remove('bl-selected'));
  const block = hit.closest('.bl-quote');
  if (block) block.classList.add('bl-selected');
  trigger('click', {turn: Number(hit.dataset.turn), cite: hit.dataset.cite});
});
watch('value', () => {  // keep the newest turn's question in view while its quotes arrive
  const box = element.querySelector('.bl-transcript');
  const last = box && box.lastElementChild;
  if (last && box.scrollHeight > box.clientHeight) box.scrollTop = last.offsetTop;
});
"""

PANEL_JS = """
const reveal = () => {
  const mark = element.querySelector('mark.bl-mark');
  const box = element.querySelector('.bl-article');
  if (!mark || !box) return;
  box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  element.scrollIntoView({block: 'nearest'});
};
element.addEventListener('click', (e) => {  // "Back to the answer": the quote this panel shows
  if (!e.target.closest('.bl-back')) return;
  const quote = document.querySelector('#bl-transcript .bl-quote.bl-selected');
  if (!quote) return;
  quote.scrollIntoView({block: 'center'});
  const button = quote.querySelector('button.bl-cite');
  if (button) button.focus({preventScroll: true});
});
watch('value', reveal);
"""

LIVE_JS = """
element.setAttribute('role', 'status');
element.setAttribute('aria-live', 'polite');
"""

PAGE_JS = """
() => {  // Gradio's file drop zone is named 'Click to upload or drop files' but shows other words:
  const name = () => document.querySelectorAll('#bl-upload-file .upload-container').forEach((b) => {
    const shown = b.innerText.replace(/\\s+/g, ' ').trim();
    if (shown && b.getAttribute('aria-label') !== `Document: ${shown}`) b.setAttribute('aria-label', `Document:
    ${shown}`);
  });
  new MutationObserver(name).observe(document.body, {childList: true, subtree: true});
  name();
}
"""

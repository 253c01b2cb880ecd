/** The page's inline CSS and script: everything the report needs ships inside the file. */

/** Shared stylesheet of report.html and the compare page. */
export const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
h4{margin:10px 0 4px;font-size:13px}.meta{color:#57606a}.big{font-size:30px;font-weight:700}
code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:8px;white-space:pre-wrap;word-break:break-all;margin:0}
table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:left}
#matrix th.check{vertical-align:bottom;height:150px;white-space:nowrap;padding:4px 2px}
#matrix th.check span{writing-mode:vertical-rl;transform:rotate(180deg)}
#matrix td.cell{text-align:center;min-width:26px;font-weight:600}
td.pass{background:#dafbe1;color:#116329}td.fail{background:#ffd8d3;color:#a40e26}
td.warn{background:#fff8c5;color:#7d4e00}td.notApplicable,td.none{background:#f6f8fa;color:#8c959f}
td.cell a{color:inherit;text-decoration:none;display:block}
tr.unimplemented th,tr.unimplemented td{background:#eee6ff}
.badge{font-size:11px;border-radius:10px;padding:1px 7px;font-weight:600;background:#d0d7de}
.badge.new{background:#cf222e;color:#fff}.badge.unchanged{background:#d0d7de}.badge.fixed{background:#1a7f37;color:#fff}
.badge.unimplemented{background:#8250df;color:#fff}
details.finding{border:1px solid #d0d7de;border-radius:6px;margin:6px 0;padding:6px 10px}
details.finding[open]{border-color:#cf222e;box-shadow:0 0 0 2px #ffd8d3}
details.finding summary{cursor:pointer}.count{color:#57606a}
svg text{font:12px system-ui,sans-serif;fill:#1f2328}
.diff td.differ{outline:2px solid #cf222e;outline-offset:-2px}
`;

/** Opens the finding a matrix cell (or the URL hash) points at. */
export const SCRIPT = `
function openFinding(id){var d=document.getElementById(id);if(!d)return;d.open=true;d.scrollIntoView({block:"start"});}
document.addEventListener("click",function(e){var a=e.target.closest&&e.target.closest("a[data-finding]");if(a){e.preventDefault();openFinding(a.getAttribute("data-finding"));history.replaceState(null,"","#"+a.getAttribute("data-finding"));}});
if(location.hash)openFinding(location.hash.slice(1));
`;

/** A complete offline HTML document around `body`. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><style>${STYLE}</style></head><body>${body}<script>${SCRIPT}</script></body></html>\n`;
}

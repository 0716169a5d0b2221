import {chromium} from "playwright-core";
const b = await chromium.launch({executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--no-first-run"]});
const [,, path, out, scheme = "light", width = "390", sel = ""] = process.argv;
const p = await b.newPage({viewport: {width: Number(width), height: 844}, colorScheme: scheme});
await p.goto("http://localhost:8765" + path);
if (sel) { const el = await p.$(sel); await el.scrollIntoViewIfNeeded(); await el.screenshot({path: out}); }
else await p.screenshot({path: out});
console.log(await p.evaluate(() => [document.scrollingElement.scrollWidth, innerWidth]));
await b.close();

// Renders Adaptive Card JSON files with Microsoft's adaptivecards renderer in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core) with a Teams-like host config, and screenshots each card.
// Usage: node render-cards.js OUT_DIR card1.json [card2.json ...]
// Prints one JSON line per card: {"name", "png", "errors": [...], "actions", "bytes", "width", "height"}.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const CARD_WIDTH = 450; // Teams desktop shows bot cards about this wide.
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

async function main() {
  const [outDir, ...files] = process.argv.slice(2);
  fs.mkdirSync(outDir, { recursive: true });
  const hostConfig = JSON.parse(fs.readFileSync(path.join(__dirname, "teams-host-config.json"), "utf8"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "policybot-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: CARD_WIDTH + 40, height: 800 }, deviceScaleFactor: 1,
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    const pageErrors = [];
    page.on("pageerror", e => pageErrors.push(`page error: ${e.message}`));
    page.on("console", m => { if (m.type() === "error") pageErrors.push(`console error: ${m.text()}`); });
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
      body { margin: 20px; background: #F5F5F5; font-family: 'Segoe UI', sans-serif; }
      #card { width: ${CARD_WIDTH}px; background: #fff; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.2); overflow: hidden; }
      .ac-pushButton { font: 600 14px 'Segoe UI', sans-serif; color: #242424; background: #fff; border: 1px solid #D1D1D1;
        border-radius: 4px; padding: 5px 12px; min-height: 32px; cursor: pointer; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      .ac-pushButton.style-positive { background: #6264A7; color: #fff; border-color: #6264A7; }
      .ac-input { font: 14px 'Segoe UI', sans-serif; }
    </style></head><body><div id="card"></div></body></html>`);
    await page.addScriptTag({ path: require.resolve("adaptivecards/dist/adaptivecards.js") });

    for (const file of files) {
      const name = path.basename(file, ".json");
      const text = fs.readFileSync(file, "utf8");
      const json = JSON.parse(text);
      pageErrors.length = 0;
      const result = await page.evaluate(([card, config]) => {
        const AC = window.AdaptiveCards;
        const errors = [];
        const adaptiveCard = new AC.AdaptiveCard();
        adaptiveCard.hostConfig = new AC.HostConfig(config);
        const context = new AC.SerializationContext(AC.Versions.v1_5);
        adaptiveCard.parse(card, context);
        for (let i = 0; i < context.eventCount; i++) {
          const e = context.getEventAt(i);
          if (e.phase !== AC.ValidationPhase.Parse || e.event !== AC.ValidationEvent.UnknownElementType || !card.$schema) {
            errors.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
          }
        }
        const host = document.getElementById("card");
        host.innerHTML = "";
        const element = adaptiveCard.render();
        if (!element) {
          errors.push("the renderer produced nothing");
          return { errors, width: 0, height: 0 };
        }
        host.appendChild(element);
        // Anything wider than the card is cut off in Teams: a long word or a row of buttons that does not wrap.
        for (const node of element.querySelectorAll("*")) {
          const box = node.getBoundingClientRect();
          if (box.width > 0 && box.right > host.getBoundingClientRect().right + 1 && getComputedStyle(node).visibility !== "hidden") {
            errors.push(`overflows the card: <${node.tagName.toLowerCase()} class="${node.className}"> "${(node.textContent || "").slice(0, 40)}"`);
            break;
          }
        }
        // A button whose title does not fit shows "Share …" in Teams too.
        for (const button of element.querySelectorAll(".ac-pushButton")) {
          if ([button, ...button.querySelectorAll("*")].some(part => part.scrollWidth > part.clientWidth + 1)) {
            errors.push(`button title cut off: "${button.textContent}"`);
          }
        }
        const box = host.getBoundingClientRect();
        return { errors, width: Math.round(box.width), height: Math.round(box.height) };
      }, [json, hostConfig]);
      const png = path.join(outDir, name + ".png");
      await page.locator("#card").screenshot({ path: png });
      const actions = Array.isArray(json.actions) ? json.actions.length : 0;
      console.log(JSON.stringify({ name, png, errors: [...result.errors, ...pageErrors], actions, bytes: Buffer.byteLength(text, "utf8"), width: result.width, height: result.height }));
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch(e => { console.error(e.stack || String(e)); process.exit(2); });

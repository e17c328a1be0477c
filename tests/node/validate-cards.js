// Validates Adaptive Card JSON files with Microsoft's adaptivecards library, offline.
// Usage: node validate-cards.js card1.json [card2.json ...]
// Prints one JSON line per file: {"file", "errors": [...], "warnings": [...]} and exits 1 if any card has errors.
"use strict";
const fs = require("fs");
const AC = require("adaptivecards/dist/adaptivecards.js");

// The library parses unknown things leniently and reports them as validation events; treat the
// events that mean Teams would drop or misrender part of the card as errors.
const errorEvents = new Set([
  AC.ValidationEvent.ElementTypeNotAllowed,
  AC.ValidationEvent.ActionTypeNotAllowed,
  AC.ValidationEvent.UnknownElementType,
  AC.ValidationEvent.UnknownActionType,
  AC.ValidationEvent.PropertyCantBeNull,
  AC.ValidationEvent.InvalidPropertyValue,
  AC.ValidationEvent.MissingCardType,
  AC.ValidationEvent.DuplicateId,
  AC.ValidationEvent.ActionHttpSourceNotAllowed,
  AC.ValidationEvent.UnsupportedCardVersion,
]);

let failed = false;
for (const file of process.argv.slice(2)) {
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const results = new AC.ValidationResults();
  card.internalValidateProperties(results);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
  events.push(...(results.validationEvents || []));
  const errors = [];
  const warnings = [];
  for (const e of events) {
    const entry = `${AC.ValidationEvent[e.event] || e.event}: ${e.message}`;
    (errorEvents.has(e.event) || e.phase === AC.ValidationPhase.Validation ? errors : warnings).push(entry);
  }
  if (json.type !== "AdaptiveCard") errors.push("type must be AdaptiveCard");
  if (errors.length) failed = true;
  console.log(JSON.stringify({ file, errors, warnings }));
}
process.exit(failed ? 1 : 0);

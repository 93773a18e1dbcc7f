// Turns every step of the OSRM route responses in a JSON file into English text with osrm-text-instructions and
// prints { steps, texts: [...], problems: [...], types: { 'type modifier': count } }: a problem is a step whose type or modifier the library does not
// know (it would fall back to a generic turn), a compile error, or a text that is empty or says "undefined".
const fs = require('fs');
const version = 'v5';
const osrmTextInstructions = require('osrm-text-instructions')(version);
const instructions = require('osrm-text-instructions/languages').instructions;

const responses = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const known = instructions.en[version];
const result = { steps: 0, texts: [], problems: [], types: {} };
responses.forEach((response, r) => {
  const legs = response.routes[0].legs;
  legs.forEach((leg, legIndex) => {
    leg.steps.forEach((step, s) => {
      result.steps++;
      const kind = step.maneuver.type + (step.maneuver.modifier ? ' ' + step.maneuver.modifier : '');
      result.types[kind] = (result.types[kind] || 0) + 1;
      const where = `route ${r} leg ${legIndex} step ${s} (${step.maneuver.type} ${step.maneuver.modifier || ''})`;
      const type = step.maneuver.type;
      if (!known[type]) {
        result.problems.push(`${where}: unknown maneuver type`);
        return;
      }
      if (step.maneuver.modifier && !known.constants.modifier[step.maneuver.modifier]) {
        result.problems.push(`${where}: unknown modifier`);
        return;
      }
      try {
        const text = osrmTextInstructions.compile('en', step, { legCount: legs.length, legIndex: legIndex });
        if (!text || text.indexOf('undefined') >= 0) {
          result.problems.push(`${where}: text '${text}'`);
        }
        result.texts.push(text);
      } catch (e) {
        result.problems.push(`${where}: ${e.message || e}`);
      }
    });
  });
});
process.stdout.write(JSON.stringify(result));

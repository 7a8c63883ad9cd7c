/**
 * The user-timing mark the popup sets once its first render has put the account's stage on the
 * page. Its `startTime` counts from the popup's navigation start, which is "from open to the stage
 * shown": `npm run bench` reports it against the 100 ms goal (test/bench/browser/popup.ts).
 */
export const POPUP_STAGE_SHOWN_MARK = 'gu:popup-stage-shown';

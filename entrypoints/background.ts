import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired by later modules: stage observations, fill requests, public-terminal wipe.
});

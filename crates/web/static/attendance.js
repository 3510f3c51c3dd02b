// Keeps the check-in page's attendance count current while other doors
// check people in: asks the public programme every few seconds.
// Progressive: without it the count is right at every scan and load.
(() => {
  const count = document.getElementById('attendance');
  if (!count || !count.dataset.live) return;
  const format = new Intl.NumberFormat(document.documentElement.lang || undefined);
  const refresh = async () => {
    if (document.hidden) return;
    try {
      const answer = await fetch(count.dataset.live, { headers: { Accept: 'application/json' } });
      if (!answer.ok) return;
      const { events } = await answer.json();
      const event = events.find((e) => e.id === count.dataset.event);
      if (event) count.textContent = format.format(event.checked_in);
    } catch (_) {
      // Offline for a moment: the next round tries again.
    }
  };
  setInterval(refresh, 4000);
  document.addEventListener('visibilitychange', refresh);
})();

/**
 * Something started on its first use: the returned `use(action)` runs `action` with it, starting
 * it first. `load` gives what `start` needs at once (a module bundled in) or as a promise (a chunk
 * to fetch); actions asked for meanwhile run in order once it is there. If the fetch fails, they
 * are dropped with `failed`, and the next use asks for it again.
 */
export function onDemand<Loaded, Value>(
  load: () => Loaded | Promise<Loaded>,
  start: (loaded: Loaded) => Value,
  failed: (problem: unknown) => void
): (action: (value: Value) => void) => void {
  let started: {value: Value} | undefined;
  let waiting: ((value: Value) => void)[] | undefined;
  return (action) => {
    if (started) return action(started.value);
    if (waiting) return void waiting.push(action);
    waiting = [action];
    const begin = (loaded: Loaded) => {
      started = {value: start(loaded)};
      for (const next of waiting!.splice(0)) next(started.value);
    };
    const loaded = load();
    if (loaded instanceof Promise) {
      loaded.then(begin, (problem: unknown) => {
        waiting = undefined;
        failed(problem);
      });
    } else begin(loaded);
  };
}

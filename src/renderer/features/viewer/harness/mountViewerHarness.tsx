import { createRoot } from 'react-dom/client';
import { CommandRegistryProvider, createCommandRegistry, ViewerWorkspace, type CommandArgs, type CommandName } from '..';

// Test/bench entry (tests/e2e/viewerHarness/page/index.html), never imported by the app: it lives here so it is
// type-checked and linted with the renderer. Mounts only the viewer for one series (?seriesId=…&labelMapId=…). The registry is created here and
// handed to the viewer through the provider, so tests can drive the scene with the same commands
// the panel and the assistant use (window.__execute), and unmount it (window.__unmountViewer).
const params = new URLSearchParams(location.search);
const seriesId = params.get('seriesId');
const labelMapId = params.get('labelMapId') ?? undefined;
const registry = createCommandRegistry();
const root = createRoot(document.getElementById('root')!);
declare global {
  interface Window {
    __execute: <N extends CommandName>(name: N, args: CommandArgs<N>) => Promise<void>;
    __unmountViewer: () => void;
  }
}
window.__execute = registry.execute;
window.__unmountViewer = () => root.unmount();
root.render(
  seriesId ? (
    <CommandRegistryProvider registry={registry}>
      <ViewerWorkspace seriesId={seriesId} labelMapId={labelMapId} />
    </CommandRegistryProvider>
  ) : (
    <p>Missing ?seriesId=</p>
  ),
);

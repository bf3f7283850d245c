export { WorkspaceSidePanel, type WorkspaceSidePanelProps } from './WorkspaceSidePanel';

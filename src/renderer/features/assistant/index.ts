export { AssistantPanel, type AssistantPanelProps, type VisibilityAccess } from './AssistantPanel';

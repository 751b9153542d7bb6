// The deal page and the meeting panel are one chunk: they use the same shared code, and a
// chunk of its own for the panel would split that code, which the initial JavaScript holds,
// into more chunks (each one's overhead counts against the tab's budget).
export { OpportunityPage } from './OpportunityPage';
export { MeetingPanelPage } from '../../meetings/components/MeetingPanelPage';

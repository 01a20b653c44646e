// The results as views one click from the conversation: tabs beside the chat on a desktop; on a phone the
// same tabs sit at the bottom of the screen and Chat is one of them (the layout shows one view at a time).

const PHONE = window.matchMedia('(max-width: 900px)');

export class Views {
  constructor(layout, tablist) {
    this.layout = layout;
    this.tabs = [...tablist.querySelectorAll('[role="tab"]')];
    this.result = 'erd'; // the results view shown beside the chat on a desktop
    for (const tab of this.tabs) {
      tab.addEventListener('click', () => this.show(tab.dataset.view, true));
      tab.addEventListener('keydown', event => this.keyNav(event, tab));
    }
    PHONE.addEventListener('change', () => this.render());
    this.view = 'chat';
    this.render();
  }

  get phone() { return PHONE.matches; }

  /** Shows a view: 'chat', 'erd', 'files', 'findings' or 'verification'. */
  show(view, focusPane = false) {
    if (view !== 'chat') this.result = view;
    this.view = view;
    this.render();
    if (focusPane) {
      const pane = document.getElementById(view === 'chat' ? 'chat' : `pane-${view}`);
      if (!this.phone && view !== 'chat') pane.scrollIntoView({ block: 'nearest' });
      if (this.phone) window.scrollTo(0, 0);
    }
  }

  render() {
    const current = this.phone ? this.view : this.result;
    this.layout.dataset.view = this.phone ? this.view : 'split';
    for (const tab of this.tabs) {
      const on = tab.dataset.view === current;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      if (tab.dataset.view !== 'chat') document.getElementById(`pane-${tab.dataset.view}`).hidden = tab.dataset.view !== this.result;
    }
    if (!this.phone && this.tabs.every(t => t.tabIndex < 0)) this.tabs.find(t => t.dataset.view === this.result).tabIndex = 0;
  }

  keyNav(event, tab) {
    const visible = this.tabs.filter(t => t.offsetParent !== null);
    const i = visible.indexOf(tab);
    const moves = { ArrowRight: 1, ArrowLeft: -1 };
    let next = null;
    if (event.key in moves) next = visible[(i + moves[event.key] + visible.length) % visible.length];
    else if (event.key === 'Home') next = visible[0];
    else if (event.key === 'End') next = visible[visible.length - 1];
    if (!next) return;
    event.preventDefault();
    this.show(next.dataset.view);
    next.focus();
  }
}

// The controls' form in the browser: filled from the state, read back as query parameters (the same
// names as the permalink, so one decoder checks both), and problems shown beside their control.
import { CEILING_PARAM_PREFIX, paramValues, type ParamProblem } from '../../lib/permalink';
import type { Assumptions } from '../../lib/types';

const forms = () => Array.from(document.querySelectorAll<HTMLFormElement>('gpt-controls form'));

/** Every control shows `assumptions` (a blank custom ceiling means "not set"). */
export function syncControls(assumptions: Assumptions): void {
  const values = paramValues(assumptions);
  for (const form of forms()) {
    for (const element of Array.from(form.elements)) {
      if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) continue;
      if (!element.name) continue;
      const value = element.name.startsWith(CEILING_PARAM_PREFIX)
        ? String(assumptions.customCeilings[element.name.slice(CEILING_PARAM_PREFIX.length)] ?? '')
        : (values[element.name] ?? '');
      if (element instanceof HTMLInputElement && element.type === 'radio') element.checked = element.value === value;
      else if (element instanceof HTMLInputElement && element.type === 'checkbox') {
        // A checkbox is off at its data-off value (the bootstrap's 0, a toggle's false) and on at any other.
        element.checked = value !== element.dataset.off;
        if (element.checked) element.value = value;
      } else element.value = value;
    }
    showProblems([]);
  }
}

/** The first form's fields as query parameters, or null when the page has no controls. */
export function readControls(): URLSearchParams | null {
  const [form] = forms();
  if (!form) return null;
  const params = new URLSearchParams();
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement) || !element.name) continue;
    if (element instanceof HTMLInputElement && element.type === 'radio' && !element.checked) continue;
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      params.set(element.name, element.checked ? element.value : (element.dataset.off ?? '0'));
      continue;
    }
    // Blank custom ceilings are unset, not invalid.
    if (element.value.trim() === '' && element.name.startsWith(CEILING_PARAM_PREFIX)) continue;
    params.set(element.name, element.value);
  }
  return params;
}

/** Each problem beside the control it belongs to (and the control marked invalid); clears the rest. */
export function showProblems(problems: ParamProblem[]): void {
  for (const form of forms()) {
    for (const slot of Array.from(form.querySelectorAll<HTMLElement>('[data-error-for]'))) {
      const problem = problems.find((p) => p.param === slot.dataset.errorFor);
      slot.textContent = problem?.message ?? '';
      slot.hidden = !problem;
      const control = form.elements.namedItem(slot.dataset.errorFor!);
      if (control instanceof HTMLElement) control.setAttribute('aria-invalid', problem ? 'true' : 'false');
    }
  }
}

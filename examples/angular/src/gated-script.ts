import {Component, ElementRef, Renderer2, inject, input} from '@angular/core';

/** A gated `<script>`: Angular drops `<script>` from templates, so this renders one into its host. */
@Component({selector: 'app-gated-script', template: ''})
export class GatedScript {
  readonly category = input.required<string>();
  readonly code = input.required<string>();
  readonly #renderer = inject(Renderer2);
  readonly #host = inject(ElementRef<HTMLElement>);

  ngOnInit() {
    const script = this.#renderer.createElement('script');
    this.#renderer.setAttribute(script, 'type', 'text/plain');
    this.#renderer.setAttribute(script, 'data-category', this.category());
    this.#renderer.appendChild(script, this.#renderer.createText(this.code()));
    this.#renderer.appendChild(this.#host.nativeElement, script);
  }
}

import {Component, CUSTOM_ELEMENTS_SCHEMA, signal} from '@angular/core';
import {RouterLink, RouterOutlet} from '@angular/router';
import type {Routes} from '@angular/router';
import {allowedSignal} from './allowed';
import {GatedScript} from './gated-script';

@Component({
  selector: 'app-home',
  imports: [GatedScript],
  template: `
    <p id="status">Analytics {{ analytics() ? 'allowed' : 'not allowed' }}</p>
    <button id="count" (click)="count.set(count() + 1)">Clicked {{ count() }} times</button>
    @if (count() % 2 === 1) {
      <p>Odd: this line comes and goes just before the gated script.</p>
    }
    <!-- Held back until "performance" is allowed. -->
    <app-gated-script category="performance" code="window.exampleAnalytics = (window.exampleAnalytics || 0) + 1;" />
    <iframe title="Embed" data-category="functional" data-src="/embed.html" width="320" height="80"></iframe>
  `,
})
export class HomeComponent {
  readonly count = signal(0);
  readonly analytics = allowedSignal('performance');
}

@Component({template: '<h1>About</h1>'})
export class AboutComponent {}

export const routes: Routes = [
  {path: '', component: HomeComponent},
  {path: 'about', component: AboutComponent},
];

@Component({
  selector: 'app-root',
  imports: [RouterLink, RouterOutlet],
  // Kelisim's tags are custom elements, not Angular components.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <kelisim-consent revision="1" policy-url="/privacy"></kelisim-consent>
    <nav><a routerLink="/">Home</a> <a routerLink="/about">About</a></nav>
    <main><router-outlet /></main>
    <footer><a href="#" data-kelisim="preferences">Cookie settings</a></footer>
  `,
})
export class AppComponent {}

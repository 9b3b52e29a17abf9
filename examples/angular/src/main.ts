import 'kelisim/define';
import {provideZonelessChangeDetection} from '@angular/core';
import {bootstrapApplication} from '@angular/platform-browser';
import {provideRouter} from '@angular/router';
import {AppComponent, routes} from './app';

bootstrapApplication(AppComponent, {providers: [provideZonelessChangeDetection(), provideRouter(routes)]});

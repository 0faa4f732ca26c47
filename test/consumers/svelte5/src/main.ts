// A Svelte 5 app using the packed package: typings from `ambitions-elements/svelte` (tsconfig "types").
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });

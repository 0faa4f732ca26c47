// A Vue 3 app using the packed package: typings from `ambitions-elements/vue` (tsconfig "types").
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');

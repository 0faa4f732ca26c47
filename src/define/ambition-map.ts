import { AmbitionMap } from '../components/ambition-map/ambition-map.js';
import { define } from './define.js';

define('ambition-map', AmbitionMap);

declare global {
  interface HTMLElementTagNameMap {
    'ambition-map': AmbitionMap;
  }
}

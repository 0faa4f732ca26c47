import { GrabAndGoGuide } from '../components/grab-and-go-guide/grab-and-go-guide.js';
import { define } from './define.js';

define('grab-and-go-guide', GrabAndGoGuide);

declare global {
  interface HTMLElementTagNameMap {
    'grab-and-go-guide': GrabAndGoGuide;
  }
}

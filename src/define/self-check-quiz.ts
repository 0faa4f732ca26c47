import { SelfCheckQuiz } from '../components/self-check-quiz/self-check-quiz.js';
import { define } from './define.js';

define('self-check-quiz', SelfCheckQuiz);

/** The class, from the module that defines it (island frameworks import it from here). */
export { SelfCheckQuiz };

declare global {
  interface HTMLElementTagNameMap {
    'self-check-quiz': SelfCheckQuiz;
  }
}

import { SelfCheckQuiz } from '../components/self-check-quiz/self-check-quiz.js';
import { define } from './define.js';

define('self-check-quiz', SelfCheckQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'self-check-quiz': SelfCheckQuiz;
  }
}

import vue from '@vitejs/plugin-vue';

// The elements are custom elements, not Vue components: tell Vue's template compiler.
export default {
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } }),
  ],
  logLevel: 'warn',
};

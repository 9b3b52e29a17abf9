import vue from '@vitejs/plugin-vue';
import {defineConfig} from 'vite';

// Kelisim's tags are custom elements, not Vue components.
const isCustomElement = (tag: string) => tag.startsWith('kelisim-');

export default defineConfig({plugins: [vue({template: {compilerOptions: {isCustomElement}}})]});

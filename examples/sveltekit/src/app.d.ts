/// <reference types="kelisim/svelte" />
